package org.chaingraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherStatementsTest {

    private final CypherStatements statements = new CypherStatements();

    @Test
    void loadsAStatementFromTheCypherFolderWithoutItsComments() {
        assertThat(statements.get("imports/has-data"))
                .startsWith("OPTIONAL MATCH (n)")
                .doesNotContain("//");
    }

    @Test
    void refusesAStatementThatDoesNotExist() {
        assertThatThrownBy(() -> statements.get("no/such-statement"))
                .hasMessage("No Cypher statement at classpath:cypher/no/such-statement.cypher");
    }

    @Test
    void keepsCommentMarkersInsideStatementLines() {
        assertThat(CypherStatements.stripComments("// why\nRETURN 'http://x' AS url\n  // indented\n"))
                .isEqualTo("RETURN 'http://x' AS url\n\n");
    }
}
