package org.chaingraph.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.chains.Segment;
import org.chaingraph.chains.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainCoverageTest {

    static final Scope SCOPE = new Scope("330100", 2025);

    @ParameterizedTest
    @CsvSource({"0,0,MISSING", "3,0,WEAK", "1,1,SINGLE_SOURCE", "5,1,SINGLE_SOURCE", "2,2,COVERED", "9,4,COVERED"})
    void statusFollowsNAndQ(int n, int q, GapStatus status) {
        assertThat(GapStatus.of(n, q)).isEqualTo(status);
    }

    @Test
    void aBreakInTheMiddleIsFillAndTheEndsAreExtend() {
        // A → B → C → D, the region has A and C only.
        var coverage = ChainCoverage.of(segments("A:U", "B:U", "C:M", "D:D"), flows("A>B", "B>C", "C>D"),
                counts("A:2:2", "C:2:2"), SCOPE);

        assertThat(coverage.gaps()).extracting(g -> g.segment().id(), Gap::status, Gap::kind)
                .containsExactly(tuple("B", GapStatus.MISSING, GapKind.FILL), tuple("D", GapStatus.MISSING, GapKind.EXTEND));
    }

    @Test
    void aMissingSourceIsExtendEvenWithPresentSegmentsDownstream() {
        var coverage = ChainCoverage.of(segments("A:U", "B:M"), flows("A>B"), counts("B:2:2"), SCOPE);

        assertThat(gap(coverage, "A").kind()).isEqualTo(GapKind.EXTEND);
        assertThat(gap(coverage, "A").downstreamPresent()).isEqualTo(1);
    }

    @Test
    void fillNeedsPresentSegmentsBothWaysThroughMissingOnes() {
        // A → B → C → D: B and C missing between A and D; both are FILL through each other.
        var coverage = ChainCoverage.of(segments("A:U", "B:U", "C:M", "D:D"), flows("A>B", "B>C", "C>D"),
                counts("A:1:0", "D:1:0"), SCOPE);

        assertThat(gap(coverage, "B").kind()).isEqualTo(GapKind.FILL);
        assertThat(gap(coverage, "C").kind()).isEqualTo(GapKind.FILL);
    }

    @Test
    void weakIsStrengthenAndSingleSourceIsSecure() {
        var coverage = ChainCoverage.of(segments("A:U", "B:M", "C:D"), flows("A>B", "B>C"),
                counts("A:3:0", "B:4:1", "C:2:2"), SCOPE);

        assertThat(gap(coverage, "A")).extracting(Gap::status, Gap::kind).containsExactly(GapStatus.WEAK, GapKind.STRENGTHEN);
        assertThat(gap(coverage, "B")).extracting(Gap::status, Gap::kind).containsExactly(GapStatus.SINGLE_SOURCE, GapKind.SECURE);
        assertThat(coverage.gaps()).extracting(g -> g.segment().id()).containsExactly("A", "B");
    }

    @Test
    void severityCountsCriticalityPresentDescendantsAndStatus() {
        // X* → A → B → C; A, C present; X critical & missing: d = |{A, C}| = 2 → 2 × 3 × 1.0 = 6.
        var coverage = ChainCoverage.of(segments("X:U:critical", "A:U", "B:M", "C:D"), flows("X>A", "A>B", "B>C"),
                counts("A:1:0", "C:1:1"), SCOPE);

        assertThat(gap(coverage, "X").severity()).isEqualTo(6.0);
        assertThat(gap(coverage, "X").downstreamPresent()).isEqualTo(2);
        // A weak, not critical, d = |{C}| = 1: 1 × 2 × 0.6 = 1.2.
        assertThat(gap(coverage, "A").severity()).isEqualTo(1.2);
        // B missing between A and C: FILL, d = 1: 1 × 2 × 1.0.
        assertThat(gap(coverage, "B")).extracting(Gap::kind, Gap::severity).containsExactly(GapKind.FILL, 2.0);
        // C single source, nothing downstream: 1 × 1 × 0.3.
        assertThat(gap(coverage, "C").severity()).isEqualTo(0.3);
    }

    @Test
    void severityIsTheExactDoubleProductReturnedRoundedToFourDecimals() {
        // Critical, weak, two present descendants: 2 × 3 × 0.6.
        var coverage = ChainCoverage.of(segments("A:U:critical", "B:M", "C:D"), flows("A>B", "B>C"),
                counts("A:1:0", "B:2:2", "C:2:2"), SCOPE);

        Gap a = gap(coverage, "A");
        assertThat(a.exactSeverity()).isEqualTo(3.5999999999999996).isEqualTo(2 * 3 * 0.6);
        assertThat(a.severity()).isEqualTo(3.6);
    }

    @Test
    void gapsAreOrderedBySeverityDescendingThenId() {
        // Four sources feeding a present sink S: each has d = 1.
        // A, B missing (2.0); C weak critical (2 × 2 × 0.6 = 2.4); D weak (1.2); E single source (0.6).
        var coverage = ChainCoverage.of(segments("B:U", "A:U", "C:U:critical", "D:U", "E:U", "S:D"),
                flows("A>S", "B>S", "C>S", "D>S", "E>S"), counts("C:1:0", "D:1:0", "E:1:1", "S:2:2"), SCOPE);

        assertThat(coverage.gaps()).extracting(g -> g.segment().id(), Gap::severity)
                .containsExactly(tuple("C", 2.4), tuple("A", 2.0), tuple("B", 2.0), tuple("D", 1.2), tuple("E", 0.6));
    }

    @Test
    void equalSeveritiesFromDifferentFactorsTieOnId() {
        // Z: missing, d = 2 → 1 × 3 × 1.0 = 3.0. A: weak, d = 4 → 1 × 5 × 0.6 = 3.0.
        var coverage = ChainCoverage.of(segments("Z:U", "A:U", "P1:M", "P2:M", "P3:M", "P4:D"),
                flows("Z>P1", "Z>P2", "A>P1", "A>P2", "A>P3", "A>P4"), counts("A:1:0", "P1:2:2", "P2:2:2", "P3:2:2", "P4:2:2"), SCOPE);

        assertThat(coverage.gaps()).extracting(g -> g.segment().id(), Gap::severity)
                .containsExactly(tuple("A", 3.0), tuple("Z", 3.0));
    }

    @Test
    void descendantsAreCountedOnceThroughDiamonds() {
        // A → B, A → C, B → D, C → D: D is one descendant, reached twice.
        var coverage = ChainCoverage.of(segments("A:U", "B:M", "C:M", "D:D"), flows("A>B", "A>C", "B>D", "C>D"),
                counts("B:2:2", "C:2:2", "D:2:2"), SCOPE);

        assertThat(gap(coverage, "A").downstreamPresent()).isEqualTo(3);
    }

    @Test
    void flowsToSegmentsOutsideTheChainAreIgnored() {
        // B missing, its only "upstream" is OTHER, a segment of another chain the region has.
        var coverage = ChainCoverage.of(segments("B:U", "C:D"), flows("OTHER>B", "B>C"), counts("C:2:2", "OTHER:5:5"), SCOPE);

        assertThat(gap(coverage, "B").kind()).isEqualTo(GapKind.EXTEND);
    }

    @Test
    void aCycleNeitherHangsNorCountsTheSegmentItself() {
        // A → B → C → A, all weak: each reaches the two others, never itself.
        var coverage = ChainCoverage.of(segments("A:U", "B:M", "C:D"), flows("A>B", "B>C", "C>A"),
                counts("A:1:0", "B:1:0", "C:1:0"), SCOPE);

        assertThat(coverage.gaps()).allSatisfy(g -> assertThat(g.downstreamPresent()).isEqualTo(2));
    }

    @Test
    void segmentsAreListedUpstreamFirstThenById() {
        var coverage = ChainCoverage.of(segments("Z:U", "A:D", "M:M", "B:U"), List.of(), counts(), SCOPE);

        assertThat(coverage.segments()).extracting(s -> s.segment().id()).containsExactly("B", "Z", "M", "A");
    }

    @Test
    void summaryCountsEveryStatusAndKindAndTheCoverageRatios() {
        var coverage = ChainCoverage.of(segments("A:U", "B:U", "C:M", "D:D", "E:D", "F:D"), flows("A>B", "B>C", "C>D"),
                counts("A:2:2", "C:3:0", "D:1:1"), SCOPE);

        var summary = coverage.summary();
        assertThat(summary.segmentCount()).isEqualTo(6);
        assertThat(summary.presentSegmentCount()).isEqualTo(3);
        assertThat(summary.coveredSegmentCount()).isEqualTo(1);
        assertThat(summary.gapCount()).isEqualTo(5);
        assertThat(summary.coverageRatio()).isEqualTo(0.5);
        assertThat(summary.qualityCoverageRatio()).isEqualTo(0.1667);
        assertThat(summary.byStatus()).extracting(GapSummary.StatusCount::status, GapSummary.StatusCount::count).containsExactly(
                tuple(GapStatus.MISSING, 3), tuple(GapStatus.WEAK, 1), tuple(GapStatus.SINGLE_SOURCE, 1), tuple(GapStatus.COVERED, 1));
        // B between A and C: FILL; E, F isolated: EXTEND.
        assertThat(summary.byKind()).extracting(GapSummary.KindCount::kind, GapSummary.KindCount::count).containsExactly(
                tuple(GapKind.FILL, 1), tuple(GapKind.EXTEND, 2), tuple(GapKind.STRENGTHEN, 1), tuple(GapKind.SECURE, 1));
    }

    @Test
    void aChainWithoutSegmentsHasNoGapsAndZeroRatios() {
        var coverage = ChainCoverage.of(List.of(), List.of(), Map.of(), SCOPE);

        assertThat(coverage.gaps()).isEmpty();
        assertThat(coverage.summary().coverageRatio()).isZero();
    }

    @Test
    void gapsCarryTheScopeOfTheReport() {
        var coverage = ChainCoverage.of(segments("A:U"), List.of(), counts(), SCOPE);

        assertThat(gap(coverage, "A").scope()).isEqualTo(SCOPE);
    }

    private static Gap gap(ChainCoverage coverage, String id) {
        return coverage.gaps().stream().filter(g -> g.segment().id().equals(id)).findFirst().orElseThrow();
    }

    /** "ID:U|M|D[:critical]". */
    static List<Segment> segments(String... specs) {
        return Arrays.stream(specs).map(spec -> {
            String[] parts = spec.split(":");
            Stage stage = switch (parts[1]) {
                case "U" -> Stage.UPSTREAM;
                case "M" -> Stage.MIDSTREAM;
                default -> Stage.DOWNSTREAM;
            };
            return new Segment(parts[0], "环节" + parts[0], stage, parts.length > 2);
        }).toList();
    }

    /** "A>B": A feeds B. */
    static List<Flow> flows(String... specs) {
        return Arrays.stream(specs).map(spec -> new Flow(spec.split(">")[0], spec.split(">")[1])).toList();
    }

    /** "ID:n:q". */
    static Map<String, SegmentCount> counts(String... specs) {
        var counts = new HashMap<String, SegmentCount>();
        for (String spec : specs) {
            String[] parts = spec.split(":");
            counts.put(parts[0], new SegmentCount(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
        }
        return counts;
    }
}
