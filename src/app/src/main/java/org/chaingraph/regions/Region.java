package org.chaingraph.regions;

import org.chaingraph.graphql.NodeValues;
import org.neo4j.driver.Value;

/** An administrative region (行政区划), keyed by its 6-digit code. */
public record Region(String code, String name, RegionLevel level) {

    /** From a {@code :Region} node; null for a null value (an optional match that found none). */
    public static Region from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new Region(node.get("code").asString(), node.get("name").asString(),
                NodeValues.constant(node.get("level"), RegionLevel.class));
    }
}
