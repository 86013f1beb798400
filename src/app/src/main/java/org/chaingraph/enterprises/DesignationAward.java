package org.chaingraph.enterprises;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.integer;

import org.chaingraph.regions.Region;
import org.neo4j.driver.Value;

/** One award of a designation (认定) to an enterprise; {@code region} is the awarding region, if recorded. */
public record DesignationAward(Designation designation, Level level, int year, Integer expires, Region region) {

    /**
     * @param holds  the {@code HOLDS} relationship
     * @param name   the designation node's name
     * @param region the awarding region node, or null
     */
    public static DesignationAward of(Value holds, Value name, Value region) {
        return new DesignationAward(constant(name, Designation.class), constant(holds.get("level"), Level.class),
                holds.get("year").asInt(), integer(holds.get("expires")), Region.from(region));
    }
}
