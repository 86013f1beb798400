package org.chaingraph.bench;

import java.util.Map;
import java.util.Optional;

/** One of the things measured side by side: ChainGraph, the raw driver, the Neo4j GraphQL Library. */
interface Side {

    String name();

    /** How this side asks {@code question}; empty when it cannot answer it. */
    Optional<Call> prepare(Question question);

    /** One request; throws when the answer is an error, so errors are counted, not timed as answers. */
    @FunctionalInterface
    interface Call {
        void run(Map<String, Object> arguments) throws Exception;
    }
}
