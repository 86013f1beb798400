package org.chaingraph.e2e.imports;

import java.util.List;

import org.chaingraph.neo4j.Graph;

/** Lets tests in other packages compare whole graphs. */
public final class GraphSnapshotAccess {

    private GraphSnapshotAccess() {
    }

    public static List<String> of(Graph graph) {
        return GraphSnapshot.of(graph);
    }
}
