package org.chaingraph.gaps;

import java.util.Set;

import org.chaingraph.chains.Segment;

/**
 * A segment the region does not cover (any status but COVERED), with what to do about it and how
 * much it matters. {@code exactSeverity} is the double product of docs/contracts.md §6; {@code severity} is it
 * rounded to 4 decimals, the figure the API returns and orders by.
 *
 * @param downstreamPresent d of docs/contracts.md §6: segments the region has that this one feeds, directly or not
 * @param priority          the region's weighting of the segment, or null when none is set
 */
public record Gap(Segment segment, GapStatus status, GapKind kind, double severity, double exactSeverity,
                  int downstreamPresent, int localSupplierCount, int qualitySupplierCount, Scope scope, GapPriority priority) {

    /** severity × the priority's weight (1 without one), rounded to 4 decimals; severity itself stays as the contract says. */
    public double weightedSeverity() {
        return Decimals.round(exactSeverity * (priority == null ? GapPriority.NEUTRAL : priority.weight()));
    }

    Gap withPriority(GapPriority priority) {
        return new Gap(segment, status, kind, severity, exactSeverity, downstreamPresent, localSupplierCount, qualitySupplierCount, scope,
                priority);
    }

    static final double MISSING_WEIGHT = 1.0;
    static final double WEAK_WEIGHT = 0.6;
    static final double SINGLE_SOURCE_WEIGHT = 0.3;

    /**
     * The gap of a segment that is not COVERED.
     *
     * @param ancestors   segments of the chain feeding this one, directly or not
     * @param descendants segments of the chain this one feeds, directly or not
     * @param present     K: the segments the region has
     */
    static Gap of(SegmentCoverage coverage, Set<String> ancestors, Set<String> descendants, Set<String> present) {
        Segment segment = coverage.segment();
        int d = (int) descendants.stream().filter(present::contains).count();
        GapKind kind = switch (coverage.status()) {
            case MISSING -> ancestors.stream().anyMatch(present::contains) && d > 0 ? GapKind.FILL : GapKind.EXTEND;
            case WEAK -> GapKind.STRENGTHEN;
            case SINGLE_SOURCE -> GapKind.SECURE;
            case COVERED -> throw new IllegalArgumentException(segment.id() + " is covered: not a gap");
        };
        double weight = switch (coverage.status()) {
            case MISSING -> MISSING_WEIGHT;
            case WEAK -> WEAK_WEIGHT;
            default -> SINGLE_SOURCE_WEIGHT;
        };
        // Evaluated left to right, exactly as the contract writes it: 2 × 3 × 0.6 = 3.5999999999999996.
        double severity = (segment.critical() ? 2 : 1) * (1 + d) * weight;
        return new Gap(segment, coverage.status(), kind, Decimals.round(severity), severity, d,
                coverage.localSupplierCount(), coverage.qualitySupplierCount(), coverage.scope(), null);
    }
}
