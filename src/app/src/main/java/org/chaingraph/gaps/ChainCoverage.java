package org.chaingraph.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.chaingraph.chains.Segment;

/**
 * The rules of docs/contracts.md §6 "Chain gaps", in plain Java over what two statements return: the chain's
 * segments and flows, and n and q per segment. Pure: no store, no clock.
 *
 * @param segments every segment of the chain, by stage (upstream first) then id
 * @param gaps     every segment not COVERED, severity (as returned, 4 decimals) descending, then id ascending
 */
public record ChainCoverage(List<SegmentCoverage> segments, List<Gap> gaps, GapSummary summary) {

    static final Comparator<Segment> CHAIN_ORDER = Comparator.comparing(Segment::stage).thenComparing(Segment::id);

    // Ordering by the rounded severity: every exact severity is a multiple of 0.1, so rounding keeps
    // distinct values apart and only makes float noise (3.0 against 2.9999999999999996) compare equal.
    static final Comparator<Gap> GAP_ORDER = Comparator.comparingDouble(Gap::severity).reversed()
            .thenComparing(gap -> gap.segment().id());

    /**
     * @param counts n and q by segment id; a segment without an entry has n = q = 0
     */
    public static ChainCoverage of(List<Segment> chainSegments, List<Flow> flows, Map<String, SegmentCount> counts, Scope scope) {
        var segments = chainSegments.stream().sorted(CHAIN_ORDER)
                .map(segment -> SegmentCoverage.of(segment, counts.getOrDefault(segment.id(), SegmentCount.NONE), scope))
                .toList();
        Set<String> present = segments.stream().filter(SegmentCoverage::present)
                .map(s -> s.segment().id()).collect(Collectors.toSet());
        var feeds = FeedsGraph.of(segments.stream().map(s -> s.segment().id()).toList(), flows);
        var gaps = segments.stream().filter(s -> s.status() != GapStatus.COVERED)
                .map(s -> Gap.of(s, feeds.ancestors(s.segment().id()), feeds.descendants(s.segment().id()), present))
                .sorted(GAP_ORDER)
                .toList();
        return new ChainCoverage(segments, gaps, GapSummary.of(segments, gaps));
    }
}
