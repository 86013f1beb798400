package org.chaingraph.cultivation;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.text;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;
import org.neo4j.driver.Value;

/** An incentive a region offers (奖励/补助), in 万元 at most; {@code level} null = any level. */
public record Incentive(String id, String name, Designation designation, Trigger trigger, double amount, Level level,
                        String exclusiveGroup, String source, String regionCode) {

    /** From a map of the node's properties plus {@code regionCode}, the offering region. */
    public static Incentive of(Value map) {
        return new Incentive(map.get("id").asString(), text(map.get("name")), constant(map.get("designation"), Designation.class),
                constant(map.get("trigger"), Trigger.class), map.get("amount").asDouble(), constant(map.get("level"), Level.class),
                text(map.get("exclusiveGroup")), text(map.get("source")), map.get("regionCode").asString());
    }
}
