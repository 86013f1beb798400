package org.chaingraph.events;

import static org.chaingraph.graphql.NodeValues.constant;

import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Value;

public record Attendee(Enterprise enterprise, AttendeeSide side) {

    /** @param attends the {@code ATTENDS} relationship */
    public static Attendee of(Value enterprise, Value attends) {
        return new Attendee(Enterprise.from(enterprise), constant(attends.get("side"), AttendeeSide.class));
    }
}
