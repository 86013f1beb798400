package org.chaingraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.chaingraph.neo4j.Graph.DataVersion;
import org.junit.jupiter.api.Test;

/** Versions in, answers out: what a write keeps and what it drops (no database: the versions are given). */
class ResultCacheTest {

    private final ResultCache cache = new ResultCache(null, new ResultCache.Settings(true, 100, Duration.ofMinutes(5)));
    private final AtomicInteger computed = new AtomicInteger();

    private String answer(DataVersion version, boolean fromDataset, String name) {
        return cache.getAt(version, fromDataset, name, () -> name + "#" + computed.incrementAndGet(), "arg");
    }

    @Test
    void anAnswerIsComputedOncePerVersion() {
        var v1 = new DataVersion(1, 1);
        assertThat(answer(v1, false, "shortlist")).isEqualTo("shortlist#1");
        assertThat(answer(v1, false, "shortlist")).isEqualTo("shortlist#1");
        assertThat(answer(new DataVersion(2, 2), false, "shortlist")).isEqualTo("shortlist#2");
    }

    @Test
    void aMutationKeepsAnswersFromImportedDataAndRecomputesTheRest() {
        var v1 = new DataVersion(1, 1);
        answer(v1, true, "gaps");
        answer(v1, false, "shortlist");

        var afterMutation = new DataVersion(2, 1);
        assertThat(answer(afterMutation, true, "gaps")).as("the dataset did not change").isEqualTo("gaps#1");
        assertThat(answer(afterMutation, false, "shortlist")).isEqualTo("shortlist#3");

        var afterImport = new DataVersion(3, 2);
        assertThat(answer(afterImport, true, "gaps")).isEqualTo("gaps#4");
    }

    @Test
    void answersOfASupersededVersionAreDroppedAtOnce() {
        for (int v = 1; v <= 50; v++) {
            answer(new DataVersion(v, 1), false, "shortlist");
            answer(new DataVersion(v, 1), true, "gaps");
        }
        assertThat(cache.size()).as("one live answer of each kind, not fifty").isEqualTo(2);

        answer(new DataVersion(51, 2), false, "shortlist");
        assertThat(cache.size()).as("the import superseded the dataset answer too").isEqualTo(1);
    }
}
