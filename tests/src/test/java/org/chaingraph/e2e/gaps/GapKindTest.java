package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Kinds, severities, order and summary of the gaps (docs/contracts.md §6). */
class GapKindTest extends GapApiTest {

    @Test
    void gapsOfHangzhouHaveTheKindSeverityAndOrderTheContractGives() {
        // K = {resin, litho, etch, test, app}. FEEDS: resin → photoresist → litho, euv → etch → package, test;
        // mask → litho; package → app → recycle.
        var gaps = list(report("gx", HANGZHOU, YEAR), "gaps");

        assertThat(gaps).extracting(g -> map(g, "segment").get("id"), g -> g.get("status"), g -> g.get("kind"),
                g -> g.get("downstreamPresent"), g -> g.get("severity")).containsExactly(
                // critical, between resin and litho: 2 × (1 + |{litho, etch, test, app}|) × 1.0
                tuple("gx-photoresist", "MISSING", "FILL", 4, 10.0),
                // a source: nothing of the region upstream within the chain (gy-base feeds it from another chain)
                tuple("gx-mask", "MISSING", "EXTEND", 4, 5.0),
                // a sub-segment between photoresist (after resin) and etch: 1 × (1 + |{etch, test, app}|) × 1.0
                tuple("gx-litho-euv", "MISSING", "FILL", 3, 4.0),
                // critical and weak: 2 × 3 × 0.6 = 3.5999999999999996, returned as 3.6
                tuple("gx-etch", "WEAK", "STRENGTHEN", 2, 3.6),
                tuple("gx-litho", "SINGLE_SOURCE", "SECURE", 3, 2.4),
                // a break in the middle: etch upstream, app downstream
                tuple("gx-package", "MISSING", "FILL", 1, 2.0),
                // the end: nothing downstream
                tuple("gx-recycle", "MISSING", "EXTEND", 0, 1.0),
                tuple("gx-app", "SINGLE_SOURCE", "SECURE", 0, 0.3));
        assertThat(bySegment(gaps, "gx-etch")).containsEntry("localSupplierCount", 3).containsEntry("qualitySupplierCount", 0);
    }

    @Test
    void summaryCountsStatusesAndKinds() {
        var summary = map(report("gx", HANGZHOU, YEAR), "summary");

        assertThat(summary).containsEntry("segmentCount", 10).containsEntry("presentSegmentCount", 5)
                .containsEntry("coveredSegmentCount", 2).containsEntry("gapCount", 8)
                .containsEntry("coverageRatio", 0.5).containsEntry("qualityCoverageRatio", 0.2);
        assertThat(list(summary, "byStatus")).extracting(c -> c.get("status"), c -> c.get("count")).containsExactly(
                tuple("MISSING", 5), tuple("WEAK", 1), tuple("SINGLE_SOURCE", 2), tuple("COVERED", 2));
        assertThat(list(summary, "byKind")).extracting(c -> c.get("kind"), c -> c.get("count")).containsExactly(
                tuple("FILL", 3), tuple("EXTEND", 2), tuple("STRENGTHEN", 1), tuple("SECURE", 2));
    }

    @Test
    void presenceInTheProvinceTurnsAFillIntoStrengthen() {
        // 鄞州区 (宁波市, 浙江省) operates in photoresist: for 浙江省 it is WEAK, and euv's upstream is now present.
        var gaps = list(report("gx", GapDataset.ZHEJIANG, YEAR), "gaps");

        assertThat(bySegment(gaps, "gx-photoresist")).containsEntry("kind", "STRENGTHEN").containsEntry("severity", 6.0);
    }

    @Test
    void aCycleInTheDataStillGivesAnAnswer() {
        // gc-a → gc-b → gc-c → gc-a; only gc-b present. A segment never counts itself downstream.
        var gaps = list(report("gc", HANGZHOU, YEAR), "gaps");

        assertThat(gaps).extracting(g -> map(g, "segment").get("id"), g -> g.get("kind"), g -> g.get("severity")).containsExactly(
                tuple("gc-a", "FILL", 2.0), tuple("gc-c", "FILL", 2.0), tuple("gc-b", "STRENGTHEN", 0.6));
    }

    @Test
    void aChainWithoutSegmentsHasAnEmptyReport() {
        Map<String, Object> report = report("gz", HANGZHOU, YEAR);

        assertThat(list(report, "segments")).isEmpty();
        assertThat(list(report, "gaps")).isEmpty();
        assertThat(map(report, "summary")).containsEntry("segmentCount", 0).containsEntry("coverageRatio", 0.0);
    }
}
