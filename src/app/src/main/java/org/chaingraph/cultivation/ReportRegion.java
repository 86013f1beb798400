package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.regions.Region;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The region of a report and the codes of the regions above it, nearest first. */
public record ReportRegion(Region region, List<String> ancestors) {

    public static ReportRegion of(Record row) {
        return new ReportRegion(Region.from(row.get("region")), row.get("ancestors").asList(Value::asString));
    }
}
