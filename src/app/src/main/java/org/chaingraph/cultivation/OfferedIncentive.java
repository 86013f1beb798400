package org.chaingraph.cultivation;

import org.neo4j.driver.Record;

/** An incentive and whether the region of a summary offers it itself (or a region below it does). */
public record OfferedIncentive(Incentive incentive, boolean within) {

    public static OfferedIncentive of(Record row) {
        return new OfferedIncentive(Incentive.of(row.get("incentive")), row.get("within").asBoolean());
    }
}
