package org.chaingraph.clusters;

import static org.chaingraph.graphql.NodeValues.constant;

import org.chaingraph.enterprises.Level;
import org.neo4j.driver.Value;

/** An industrial cluster or park; {@code level} is the government level that recognised it, if any. */
public record Cluster(String id, String name, ClusterType type, Level level) {

    /** From a {@code :Cluster} node; null for a null value. */
    public static Cluster from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new Cluster(node.get("id").asString(), node.get("name").asString(), constant(node.get("type"), ClusterType.class),
                constant(node.get("level"), Level.class));
    }
}
