package org.chaingraph.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.chaingraph.chains.Chain;
import org.chaingraph.regions.Region;

/** Where region {@code region} covers chain {@code chain} in {@code year}, and where it does not (docs/contracts.md §6). */
public record GapReport(Chain chain, Region region, int year, List<SegmentCoverage> segments, List<Gap> gaps, GapSummary summary) {

    /** The report, each gap with the priority the region gives its segment (none: null). */
    static GapReport of(ChainStructure structure, ChainCoverage coverage, int year, Map<String, GapPriority> priorities) {
        var gaps = coverage.gaps().stream().map(g -> g.withPriority(priorities.get(g.segment().id()))).toList();
        return new GapReport(structure.chain(), structure.region(), year, coverage.segments(), gaps, coverage.summary());
    }

    /** How {@code gaps(orderBy:)} orders: the contract's severity, or the region's weighted severity. */
    public enum GapOrder { SEVERITY, PRIORITY }

    /** The gaps in {@code order}; ties by severity, then segment id, as the contract orders them. */
    public List<Gap> gaps(GapOrder order) {
        if (order == null || order == GapOrder.SEVERITY) {
            return gaps;
        }
        return gaps.stream().sorted(Comparator.comparingDouble(Gap::weightedSeverity).reversed()
                .thenComparing(Comparator.comparingDouble(Gap::severity).reversed()).thenComparing(g -> g.segment().id())).toList();
    }
}
