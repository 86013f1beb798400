package org.chaingraph.cultivation;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.integer;
import static org.chaingraph.graphql.NodeValues.text;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;
import org.neo4j.driver.Value;

/** A cultivation target a region sets: {@code count} holders by {@code year} (the deadline). */
public record Target(String id, Designation designation, Level level, int year, int count, Basis basis, Integer baseYear,
                     String source) {

    public static Target of(Value map) {
        Basis basis = constant(map.get("basis"), Basis.class);
        return new Target(map.get("id").asString(), constant(map.get("designation"), Designation.class),
                constant(map.get("level"), Level.class), map.get("year").asInt(), map.get("count").asInt(),
                basis == null ? Basis.CUMULATIVE : basis, integer(map.get("baseYear")), text(map.get("source")));
    }
}
