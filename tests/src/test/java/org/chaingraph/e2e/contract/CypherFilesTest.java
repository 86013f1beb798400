package org.chaingraph.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.chaingraph.e2e.SmallDatasetTest;
import org.chaingraph.neo4j.CypherStatements;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every statement in {@code cypher/} is valid Cypher for Neo4j 5.26 (planned with EXPLAIN against
 * the real store) and takes its inputs as parameters, never as spliced text.
 */
class CypherFilesTest extends SmallDatasetTest {

    private static final Path CYPHER = Path.of("../cypher");
    /** A string built by concatenating into a statement would show up as a quote next to a plus. */
    private static final Pattern CONCATENATED_INPUT = Pattern.compile("['\"]\\s*\\+\\s*\\$|\\$\\w+\\s*\\+\\s*['\"]");

    @Autowired
    Graph graph;

    @TestFactory
    Stream<DynamicTest> everyStatementPlansAgainstTheStore() throws IOException {
        var statements = new CypherStatements();
        return statementNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String text = statements.get(name);
            assertThat(text).isNotBlank();
            assertThat(CONCATENATED_INPUT.matcher(text).find()).as("%s splices a parameter into a string", name).isFalse();
            try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
                session.run("EXPLAIN " + text).consume();
            }
        }));
    }

    static List<String> statementNames() throws IOException {
        try (Stream<Path> files = Files.walk(CYPHER)) {
            return files.filter(file -> file.toString().endsWith(".cypher"))
                    .map(file -> CYPHER.relativize(file).toString().replace('\\', '/').replaceAll("\\.cypher$", ""))
                    // schema/ holds commands (DDL, SHOW INDEXES) that EXPLAIN cannot plan; they run at every
                    // start-up of every test context instead
                    .filter(name -> !name.startsWith("schema/"))
                    .sorted()
                    .toList();
        }
    }
}
