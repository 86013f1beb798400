package org.chaingraph.gaps;

import org.chaingraph.regions.Region;
import org.chaingraph.graphql.NodeValues;
import org.neo4j.driver.Value;

/**
 * A region's priority for a segment (segment_priorities.csv): {@code weight} multiplies the gap's
 * severity into {@link Gap#weightedSeverity()}, {@code reason} says why (资源禀赋, 产能过剩…), and
 * {@code region} is the region that set it (the report's, or the nearest above it).
 */
public record GapPriority(double weight, String reason, String source, Region region) {

    /** A weight for gaps nobody weighted: the severity as it is. */
    static final double NEUTRAL = 1.0;

    /** From an entry of {@code priorities} in the row of {@code gaps/chain-structure}. */
    static GapPriority from(Value entry) {
        return new GapPriority(entry.get("weight").asDouble(), NodeValues.text(entry.get("reason")), NodeValues.text(entry.get("source")),
                Region.from(entry.get("region")));
    }
}
