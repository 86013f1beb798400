package org.chaingraph.enterprises;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.decimal;
import static org.chaingraph.graphql.NodeValues.flag;
import static org.chaingraph.graphql.NodeValues.integer;

import org.neo4j.driver.Value;

/** An enterprise's own properties; its relations are fields resolved in batches. Money in 万元, ratios in %. */
public record Enterprise(String uscc, String name, Scale scale, Integer founded, Double revenue, Double rdRatio,
                         Integer employees, Double growth, Double growthPrev, boolean listed) {

    /** From an {@code :Enterprise} node; null for a null value. */
    public static Enterprise from(Value node) {
        if (node.isNull()) {
            return null;
        }
        return new Enterprise(node.get("uscc").asString(), node.get("name").asString(), constant(node.get("scale"), Scale.class),
                integer(node.get("founded")), decimal(node.get("revenue")), decimal(node.get("rdRatio")),
                integer(node.get("employees")), decimal(node.get("growth")), decimal(node.get("growthPrev")),
                flag(node.get("listed")));
    }
}
