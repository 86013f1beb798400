package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.gaps.GapDataset.HANGGUANG_LEADER;
import static org.chaingraph.e2e.gaps.GapDataset.HANGXIN_OPTICS;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.NINGBO;
import static org.chaingraph.e2e.gaps.GapDataset.XIHU;
import static org.chaingraph.e2e.gaps.GapDataset.XIHU_RESIN;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;
import static org.chaingraph.e2e.gaps.GapDataset.ZHEJIANG;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Status of each segment from n and q (docs/contracts.md §6), with sub-regions and designation validity. */
class GapStatusTest extends GapApiTest {

    @Test
    void everySegmentHasItsStatusAndCountsUpstreamFirstThenById() {
        var report = report("gx", HANGZHOU, YEAR);

        assertThat(map(report, "chain")).containsEntry("id", "gx").containsEntry("name", "测试光刻链");
        assertThat(map(report, "region")).containsEntry("code", HANGZHOU).containsEntry("name", "杭州市");
        assertThat(report.get("year")).isEqualTo(YEAR);
        assertThat(list(report, "segments")).extracting(s -> map(s, "segment").get("id"), s -> s.get("status"),
                s -> s.get("localSupplierCount"), s -> s.get("qualitySupplierCount")).containsExactly(
                tuple("gx-mask", "MISSING", 0, 0),
                tuple("gx-photoresist", "MISSING", 0, 0),
                tuple("gx-resin", "COVERED", 2, 2),
                tuple("gx-etch", "WEAK", 3, 0),
                tuple("gx-litho", "SINGLE_SOURCE", 2, 1),
                tuple("gx-litho-euv", "MISSING", 0, 0),
                tuple("gx-app", "SINGLE_SOURCE", 1, 1),
                tuple("gx-package", "MISSING", 0, 0),
                tuple("gx-recycle", "MISSING", 0, 0),
                tuple("gx-test", "COVERED", 2, 2));
    }

    @Test
    void enterprisesInSubRegionsCount() {
        // 树脂单体: one firm in 西湖区, one in 滨江区, both below 杭州市; 西湖区 alone has one.
        assertThat(bySegment(list(report("gx", HANGZHOU, YEAR), "segments"), "gx-resin"))
                .containsEntry("status", "COVERED").containsEntry("localSupplierCount", 2);
        assertThat(bySegment(list(report("gx", XIHU, YEAR), "segments"), "gx-resin"))
                .containsEntry("status", "SINGLE_SOURCE").containsEntry("localSupplierCount", 1);
        // 光刻胶: operated in 鄞州区, below 宁波市, below 浙江省; not in 杭州市.
        assertThat(bySegment(list(report("gx", NINGBO, YEAR), "segments"), "gx-photoresist"))
                .containsEntry("status", "WEAK").containsEntry("localSupplierCount", 1);
        assertThat(bySegment(list(report("gx", ZHEJIANG, YEAR), "segments"), "gx-photoresist"))
                .containsEntry("status", "WEAK").containsEntry("localSupplierCount", 1);
    }

    @ParameterizedTest(name = "刻蚀 in {0}: {1}")
    @CsvSource({
            // One award 2019–2022, one from 2026: valid when year <= Y and expires >= Y, bounds included.
            "2018, WEAK, 0",
            "2019, SINGLE_SOURCE, 1",
            "2022, SINGLE_SOURCE, 1",
            "2023, WEAK, 0",
            "2025, WEAK, 0",
            "2026, SINGLE_SOURCE, 1"})
    void onlyDesignationsValidInTheYearCount(int year, String status, int quality) {
        assertThat(bySegment(list(report("gx", HANGZHOU, year), "segments"), "gx-etch"))
                .containsEntry("status", status).containsEntry("localSupplierCount", 3).containsEntry("qualitySupplierCount", quality);
    }

    @Test
    void innovativeSmeDoesNotMakeAQualityEnterpriseButChainLeadershipDoes() {
        var litho = bySegment(list(report("gx", HANGZHOU, YEAR), "segments"), "gx-litho");

        assertThat(list(litho, "localSuppliers")).extracting(s -> map(s, "enterprise").get("uscc"), s -> s.get("quality"))
                .containsExactly(tuple(HANGGUANG_LEADER, true), tuple(HANGXIN_OPTICS, false));
    }

    @Test
    void localSuppliersAreQualityFirstThenByUsccAndLimited() {
        var resin = bySegment(list(report("gx", HANGZHOU, YEAR, 1), "segments"), "gx-resin");
        var etch = bySegment(list(report("gx", HANGZHOU, 2026), "segments"), "gx-etch");

        assertThat(list(resin, "localSuppliers")).extracting(s -> map(s, "enterprise").get("uscc")).containsExactly(XIHU_RESIN);
        assertThat(list(etch, "localSuppliers")).extracting(s -> map(s, "enterprise").get("uscc"), s -> s.get("quality"))
                .containsExactly(tuple(GapDataset.HANGCHENG_PROCESS, true), tuple(GapDataset.QIANTANG_ETCH, false),
                        tuple(GapDataset.ZHIJIANG_PLASMA, false));
    }

    @Test
    void yearDefaultsToThisYearInChina() {
        var response = graphQl.documentName("gaps/chainGapStatuses").variable("chainId", "gx").variable("regionCode", HANGZHOU).execute();

        int thisYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        // A request across New Year's midnight may see either year.
        response.path("chainGaps.year").entity(Integer.class).satisfies(year -> assertThat(year).isBetween(thisYear - 1, thisYear));
    }

    @Test
    void aRegionWithNothingHasEverySegmentMissing() {
        List<Map<String, Object>> segments = list(report("gy", NINGBO, YEAR), "segments");

        assertThat(segments).extracting(s -> s.get("status")).containsExactly("MISSING");
    }
}
