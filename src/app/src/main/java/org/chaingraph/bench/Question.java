package org.chaingraph.bench;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * One question of the benchmark's mix, as each side asks it: ChainGraph's operation
 * ({@code bench/<operation>.graphql}), the raw driver's statements ({@code cypher/bench/...} or the
 * application's own, run in order; none: no floor), and the peer's operation
 * ({@code scripts/bench-peer/queries/<peer>.graphql}; null: the peer cannot answer it).
 *
 * @param arguments the i-th call's arguments, named as the raw statements and the peer's variables name them
 * @param graphQlVariables ChainGraph's variables made from those arguments (its operations nest some, e.g. a filter)
 */
record Question(String name, String operation, List<String> raw, String peer,
                BiFunction<Samples, Integer, Map<String, Object>> arguments, UnaryOperator<Map<String, Object>> graphQlVariables) {

    Question(String name, String operation, List<String> raw, String peer, BiFunction<Samples, Integer, Map<String, Object>> arguments) {
        this(name, operation, raw, peer, arguments, UnaryOperator.identity());
    }

    /** How many different argument sets the calls cycle through (the warm-up asks each at least once). */
    int distinctArguments(Samples samples) {
        return (int) java.util.stream.IntStream.range(0, 2_000).mapToObj(i -> arguments.apply(samples, i)).distinct().count();
    }
}
