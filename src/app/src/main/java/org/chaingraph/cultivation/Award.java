package org.chaingraph.cultivation;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.integer;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;
import org.neo4j.driver.Value;

/** One award (认定) of a designation: a {@code HOLDS} relationship reduced to what the rules read. */
public record Award(Designation designation, Level level, int year, Integer expires) {

    /** From a map {designation, level, year, expires} built by a statement. */
    public static Award of(Value map) {
        return new Award(constant(map.get("designation"), Designation.class), constant(map.get("level"), Level.class),
                map.get("year").asInt(), integer(map.get("expires")));
    }

    /** docs/contracts.md §1: valid in Y when year ≤ Y and (no expiry or expires ≥ Y). */
    public boolean validIn(int y) {
        return year <= y && (expires == null || expires >= y);
    }

    /** A null level (an incentive or target without one) matches every level. */
    public boolean matches(Designation d, Level l) {
        return designation == d && (l == null || level == l);
    }
}
