package org.chaingraph.e2e;

import java.util.concurrent.atomic.AtomicLong;

import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;

/**
 * Counts the statements a request makes Neo4j run for its answer, from a cold result cache and
 * without the cache's own data-version reads: what batching tests (no N+1) hold to a fixed number.
 */
public final class Statements {

    private Statements() {
    }

    public static long counted(Graph graph, ResultCache cache, Runnable request) {
        cache.clear();
        var count = new AtomicLong();
        graph.observe((statement, parameters) -> {
            if (!statement.startsWith("cache/")) {
                count.incrementAndGet();
            }
        });
        try {
            request.run();
        } finally {
            graph.observe((statement, parameters) -> { });
        }
        return count.get();
    }
}
