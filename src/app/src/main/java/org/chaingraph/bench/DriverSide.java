package org.chaingraph.bench;

import java.util.List;
import java.util.Optional;

import org.chaingraph.neo4j.Graph;
import org.neo4j.driver.Record;

/**
 * The floor: the official driver running the question's statements directly, without GraphQL,
 * HTTP or mapping into records — hand-written ones for lookups and pages, the application's own
 * for the analytics whose answer the application computes from them.
 */
final class DriverSide implements Side {

    private final Graph graph;

    DriverSide(Graph graph) {
        this.graph = graph;
    }

    @Override
    public String name() {
        return "raw driver";
    }

    @Override
    public Optional<Call> prepare(Question question) {
        List<String> statements = question.raw();
        if (statements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(arguments -> {
            for (String statement : statements) {
                graph.read(statement, arguments, Record::size);
            }
        });
    }
}
