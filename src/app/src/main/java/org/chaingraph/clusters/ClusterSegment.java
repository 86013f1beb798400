package org.chaingraph.clusters;

import org.chaingraph.chains.Segment;
import org.neo4j.driver.Value;

/** A segment of a cluster's focus chains and whether any member operates in it. */
public record ClusterSegment(Segment segment, boolean covered) {

    public static ClusterSegment of(Value map) {
        return new ClusterSegment(Segment.from(map.get("segment")), map.get("covered").asBoolean());
    }
}
