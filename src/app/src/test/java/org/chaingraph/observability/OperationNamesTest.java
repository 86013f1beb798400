package org.chaingraph.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationNamesTest {

    @Test
    void theRequestsNameWinsElseTheDocumentsFirstOperation() {
        assertThat(OperationNames.of("asked", "query other { a }")).isEqualTo("asked");
        assertThat(OperationNames.of(null, "# the query named wrong in a comment\nquery chainGaps($id: ID!) { a }")).isEqualTo("chainGaps");
        assertThat(OperationNames.of("", "mutation publish { a }")).isEqualTo("publish");
        assertThat(OperationNames.of(null, "{ enterprise(uscc: \"x\") { name } }")).isNull();
        assertThat(OperationNames.of(null, null)).isNull();
    }

    @Test
    void metricsKeepAtMostTwoHundredNamesAndNoOddOnes() {
        var names = new OperationNames();
        assertThat(names.bounded(null)).isEqualTo("anonymous");
        assertThat(names.bounded("bad name!")).isEqualTo("other");
        for (int i = 0; i < OperationNames.MAX_NAMES; i++) {
            assertThat(names.bounded("op" + i)).isEqualTo("op" + i);
        }
        assertThat(names.bounded("oneTooMany")).isEqualTo("other");
        assertThat(names.bounded("op7")).as("a name seen before keeps its series").isEqualTo("op7");
    }
}
