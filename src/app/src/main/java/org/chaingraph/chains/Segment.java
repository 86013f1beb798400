package org.chaingraph.chains;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.flag;

import org.neo4j.driver.Value;

/** A segment (环节) of a chain; {@code critical} marks a chokepoint the chain cannot do without. */
public record Segment(String id, String name, Stage stage, boolean critical) {

    /** From a {@code :Segment} node; null for a null value. */
    public static Segment from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new Segment(node.get("id").asString(), node.get("name").asString(), constant(node.get("stage"), Stage.class),
                flag(node.get("critical")));
    }
}
