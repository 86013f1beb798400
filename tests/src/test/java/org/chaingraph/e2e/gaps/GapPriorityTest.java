package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.NINGBO;
import static org.chaingraph.e2e.gaps.GapDataset.XIHU;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Segment priorities (datasets/gaps/segment_priorities.csv): 浙江 weights 光刻胶 0.1 and 掩膜版 0.5,
 * 杭州 weights 光刻胶 2; the nearest region's weighting applies, and severity stays as the contract says.
 */
class GapPriorityTest extends GapApiTest {

    List<Map<String, Object>> gaps(String region, String orderBy) {
        var response = graphQl.documentName("gaps/gapPriorities").variable("chainId", "gx").variable("regionCode", region)
                .variable("year", YEAR).variable("orderBy", orderBy).execute();
        response.errors().verify();
        return list(response.path("chainGaps").entity(MAP).get(), "gaps");
    }

    @Test
    void theNearestRegionsWeightingAppliesAndSeverityIsUnchanged() {
        var hangzhou = gaps(HANGZHOU, null);
        var photoresist = bySegment(hangzhou, "gx-photoresist");
        assertThat(map(photoresist, "priority")).containsEntry("weight", 2.0).containsEntry("reason", "本市补链重点")
                .containsEntry("region", Map.of("code", HANGZHOU));
        assertThat((Double) photoresist.get("weightedSeverity")).isEqualTo(round((Double) photoresist.get("severity") * 2));
        var mask = bySegment(hangzhou, "gx-mask");
        assertThat(map(mask, "priority")).as("杭州 sets none: 浙江's").containsEntry("weight", 0.5).containsEntry("region", Map.of("code", "330000"));
        // 西湖区 sets none: its city's weighting, not the province's.
        assertThat(map(bySegment(gaps(XIHU, null), "gx-photoresist"), "priority")).containsEntry("weight", 2.0);
        assertThat(map(bySegment(gaps(NINGBO, null), "gx-photoresist"), "priority")).containsEntry("weight", 0.1);
        // A gap nobody weighted: no priority, weighted severity = severity.
        var unweighted = hangzhou.stream().filter(g -> g.get("priority") == null).toList();
        assertThat(unweighted).isNotEmpty().allSatisfy(g -> assertThat(g.get("weightedSeverity")).isEqualTo(g.get("severity")));
        // The default order is the contract's: severity descending.
        assertThat(hangzhou).extracting(g -> (Double) g.get("severity")).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void orderByPriorityRanksByWeightedSeverity() {
        var bySeverity = gaps(HANGZHOU, "SEVERITY");
        var byPriority = gaps(HANGZHOU, "PRIORITY");
        assertThat(segmentIds(bySeverity)).isEqualTo(segmentIds(gaps(HANGZHOU, null)));
        assertThat(byPriority).extracting(g -> (Double) g.get("weightedSeverity")).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(segmentIds(byPriority)).containsExactlyInAnyOrderElementsOf(segmentIds(bySeverity)).isNotEqualTo(segmentIds(bySeverity));
        assertThat(segmentIds(byPriority).get(0)).isEqualTo("gx-photoresist");
        assertThat(segmentIds(byPriority).indexOf("gx-mask")).isGreaterThan(segmentIds(bySeverity).indexOf("gx-mask"));
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
