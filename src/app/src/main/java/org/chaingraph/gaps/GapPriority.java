package org.chaingraph.gaps;

import org.chaingraph.regions.Region;
import org.neo4j.driver.Record;

/**
 * A region's priority for a segment (segment_priorities.csv): {@code weight} multiplies the gap's
 * severity into {@link Gap#weightedSeverity()}, {@code reason} says why (资源禀赋, 产能过剩…), and
 * {@code region} is the region that set it (the report's, or the nearest above it).
 */
public record GapPriority(double weight, String reason, String source, Region region) {

    /** A weight for gaps nobody weighted: the severity as it is. */
    static final double NEUTRAL = 1.0;

    static Keyed of(Record row) {
        return new Keyed(row.get("segmentId").asString(), new GapPriority(row.get("weight").asDouble(),
                org.chaingraph.graphql.NodeValues.text(row.get("reason")), org.chaingraph.graphql.NodeValues.text(row.get("source")),
                Region.from(row.get("region"))));
    }

    record Keyed(String segmentId, GapPriority priority) {
    }
}
