package org.chaingraph.clusters;

import java.util.Arrays;
import java.util.List;

import org.chaingraph.cultivation.DesignationCount;
import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Record;

/**
 * A cluster's membership in a year: members, members per designation valid in the year (every
 * designation, ladder order) and per scale, focus-chain segments covered by members or not, anchors.
 */
public record ClusterStats(int year, int memberCount, List<DesignationCount> byDesignation, List<ScaleCount> byScale,
                           List<ClusterSegment> segments, List<Enterprise> anchors) {

    public static ClusterStats of(Record row, int year) {
        var held = row.get("designations").asList(m -> m);
        var byDesignation = Arrays.stream(Designation.values()).map(d -> DesignationCount.of(d, held.stream()
                .filter(m -> d.name().equals(m.get("designation").asString())).mapToInt(m -> m.get("count").asInt()).sum())).toList();
        var byScale = row.get("scales").asList(ScaleCount::of).stream()
                .sorted(java.util.Comparator.comparing(ScaleCount::scale, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))).toList();
        return new ClusterStats(year, row.get("memberCount").asInt(), byDesignation, byScale, row.get("segments").asList(ClusterSegment::of),
                row.get("anchors").asList(Enterprise::from));
    }

    public List<ClusterSegment> coveredSegments() {
        return segments.stream().filter(ClusterSegment::covered).toList();
    }

    public List<ClusterSegment> uncoveredSegments() {
        return segments.stream().filter(s -> !s.covered()).toList();
    }
}
