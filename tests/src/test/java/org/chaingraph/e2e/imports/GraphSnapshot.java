package org.chaingraph.e2e.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chaingraph.neo4j.Graph;

/** The whole graph as a sorted list of lines, so two states of a store can be compared exactly. */
final class GraphSnapshot {

    private GraphSnapshot() {
    }

    static List<String> of(Graph graph) {
        var lines = new ArrayList<String>();
        lines.addAll(graph.read("testing/all-nodes", Map.of(),
                r -> r.get("labels").asList().toString() + " " + new TreeMap<>(r.get("properties").asMap())));
        lines.addAll(graph.read("testing/all-relationships", Map.of(),
                r -> r.get("source").asString() + " -[" + r.get("type").asString() + " "
                        + new TreeMap<>(r.get("properties").asMap()) + "]-> " + r.get("target").asString()));
        lines.sort(null);
        return lines;
    }
}
