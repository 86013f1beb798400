package org.chaingraph.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A row of a batched statement: the key of the parent it belongs to and its value. Batched
 * statements take the parents' keys as a list and return one row per (parent, related thing);
 * these helpers line the rows up with the parents again, in the order the batch asked for them.
 */
public record Keyed<V>(String key, V value) {

    /** For each parent, the values of its rows in statement order (empty when it has none). */
    public static <P, V> List<List<V>> lists(List<P> parents, Function<P, String> keyOf, List<Keyed<V>> rows) {
        var byKey = new HashMap<String, List<V>>();
        for (Keyed<V> row : rows) {
            byKey.computeIfAbsent(row.key(), k -> new ArrayList<>()).add(row.value());
        }
        return parents.stream().map(p -> List.copyOf(byKey.getOrDefault(keyOf.apply(p), List.of()))).toList();
    }

    /**
     * The value of each parent that has a row; parents without one are left out (a batch mapping
     * answers null for them: a batch result may not hold nulls).
     */
    public static <P, V> Map<P, V> values(List<P> parents, Function<P, String> keyOf, List<Keyed<V>> rows) {
        Map<String, V> byKey = new HashMap<>();
        for (Keyed<V> row : rows) {
            if (byKey.putIfAbsent(row.key(), row.value()) != null) {
                throw new IllegalStateException("More than one row for key " + row.key());
            }
        }
        var values = new LinkedHashMap<P, V>();
        parents.forEach(p -> {
            V value = byKey.get(keyOf.apply(p));
            if (value != null) {
                values.put(p, value);
            }
        });
        return values;
    }

    /** The distinct keys of the parents, as the statement's list parameter. */
    public static <P> List<String> keys(List<P> parents, Function<P, String> keyOf) {
        return parents.stream().map(keyOf).distinct().toList();
    }
}
