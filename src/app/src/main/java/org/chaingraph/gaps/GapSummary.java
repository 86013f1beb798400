package org.chaingraph.gaps;

import java.util.Arrays;
import java.util.List;

/**
 * Totals of a gap report. {@code coverageRatio} is the share of the chain's segments the region has
 * at all (n > 0); {@code qualityCoverageRatio} the share that is COVERED; both rounded to 4 decimals,
 * 0 for a chain without segments.
 */
public record GapSummary(int segmentCount, int presentSegmentCount, int coveredSegmentCount, int gapCount,
                         double coverageRatio, double qualityCoverageRatio,
                         List<StatusCount> byStatus, List<KindCount> byKind) {

    public record StatusCount(GapStatus status, int count) {
    }

    public record KindCount(GapKind kind, int count) {
    }

    static GapSummary of(List<SegmentCoverage> segments, List<Gap> gaps) {
        int total = segments.size();
        int present = (int) segments.stream().filter(SegmentCoverage::present).count();
        int covered = (int) segments.stream().filter(s -> s.status() == GapStatus.COVERED).count();
        // Every status and kind is listed, zeros included, in enum order: clients need not guess.
        var byStatus = Arrays.stream(GapStatus.values())
                .map(status -> new StatusCount(status, (int) segments.stream().filter(s -> s.status() == status).count()))
                .toList();
        var byKind = Arrays.stream(GapKind.values())
                .map(kind -> new KindCount(kind, (int) gaps.stream().filter(g -> g.kind() == kind).count()))
                .toList();
        return new GapSummary(total, present, covered, gaps.size(), ratio(present, total), ratio(covered, total), byStatus, byKind);
    }

    private static double ratio(int part, int total) {
        return total == 0 ? 0.0 : Decimals.round((double) part / total);
    }
}
