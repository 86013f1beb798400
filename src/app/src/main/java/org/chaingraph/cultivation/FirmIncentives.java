package org.chaingraph.cultivation;

import java.util.List;

import org.neo4j.driver.Record;

/** One enterprise and the incentives of its region and every region above it. */
public record FirmIncentives(Firm firm, List<Incentive> incentives) {

    public static FirmIncentives of(Record row) {
        return new FirmIncentives(Firm.of(row), row.get("incentives").asList(Incentive::of));
    }
}
