package org.chaingraph.gaps;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chaingraph.chains.Chain;
import org.chaingraph.chains.Segment;
import org.chaingraph.regions.Region;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A chain's segments and its FEEDS flows within the chain, with the region a report is for (null
 * when none was asked for or the code is unknown).
 *
 * @param parentIds  the parent segment's id by segment id, for sub-segments only
 * @param priorities the region's priority by segment id (the nearest region's that set one), for weighted gaps
 */
public record ChainStructure(Chain chain, Region region, List<Segment> segments, Map<String, String> parentIds, List<Flow> flows,
                             Map<String, GapPriority> priorities) {

    /** From the row of {@code gaps/chain-structure}. */
    public static ChainStructure of(Record row) {
        var parents = new TreeMap<String, String>();
        List<Segment> segments = row.get("segments").asList((Value entry) -> {
            Segment segment = Segment.from(entry.get("segment"));
            if (!entry.get("parent").isNull()) {
                parents.put(segment.id(), entry.get("parent").asString());
            }
            return segment;
        });
        var priorities = new TreeMap<String, GapPriority>();
        row.get("priorities").asList(v -> v).forEach(p -> priorities.put(p.get("segmentId").asString(), GapPriority.from(p)));
        return new ChainStructure(Chain.from(row.get("chain")), Region.from(row.get("region")), List.copyOf(segments),
                Collections.unmodifiableMap(parents), List.copyOf(row.get("flows").asList(Flow::of)), Collections.unmodifiableMap(priorities));
    }
}
