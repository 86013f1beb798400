package org.chaingraph.enterprises;

import static org.chaingraph.graphql.NodeValues.flag;
import static org.chaingraph.graphql.NodeValues.integer;

import org.chaingraph.chains.Segment;
import org.neo4j.driver.Value;

/** A supply relation; {@code qualified} means the customer lists the supplier (合格供应商名录). */
public record Supply(Enterprise supplier, Enterprise customer, Segment segment, Integer since, boolean qualified) {

    /**
     * @param supplies the {@code SUPPLIES} relationship
     * @param segment  the segment node it names, or null
     */
    public static Supply of(Value supplier, Value customer, Value supplies, Value segment) {
        return new Supply(Enterprise.from(supplier), Enterprise.from(customer), Segment.from(segment),
                integer(supplies.get("since")), flag(supplies.get("qualified")));
    }
}
