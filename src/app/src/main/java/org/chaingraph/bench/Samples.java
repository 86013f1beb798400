package org.chaingraph.bench;

import java.util.List;
import java.util.Map;

import org.chaingraph.neo4j.Graph;

/** Real keys of the store that the query mix draws its arguments from (cypher/bench/samples). */
record Samples(List<String> usccs, String province, List<String> districts, List<String> cities, List<String> chains,
               List<String> clusters, List<Map<String, Object>> leaders, List<String> challenges, List<String> events,
               List<String> words) {

    static Samples of(Graph graph, int count) {
        return graph.readOne("bench/samples", Map.of("count", count), r -> new Samples(
                r.get("usccs").asList(v -> v.asString()), r.get("province").asString(),
                r.get("districts").asList(v -> v.asString()), r.get("cities").asList(v -> v.asString()),
                r.get("chains").asList(v -> v.asString()), r.get("clusters").asList(v -> v.asString()),
                r.get("leaders").asList(v -> v.asMap()), r.get("challenges").asList(v -> v.asString()),
                r.get("events").asList(v -> v.asString()), r.get("words").asList(v -> v.asString())))
                .orElseThrow(() -> new IllegalStateException("the store is empty: nothing to benchmark"));
    }

    /** The i-th of a list, cycling, so that clients spread over the keys. */
    static <T> T pick(List<T> values, int i) {
        if (values.isEmpty()) {
            throw new IllegalStateException("the store has none of the keys a question needs");
        }
        return values.get(Math.floorMod(i, values.size()));
    }
}
