package org.chaingraph.clusters;

import static org.chaingraph.graphql.NodeValues.constant;

import org.chaingraph.enterprises.Scale;
import org.neo4j.driver.Value;

/** Members of one scale. */
public record ScaleCount(Scale scale, int count) {

    public static ScaleCount of(Value map) {
        return new ScaleCount(constant(map.get("scale"), Scale.class), map.get("count").asInt());
    }
}
