package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.gaps.GapDataset.BINJIANG_FINE;
import static org.chaingraph.e2e.gaps.GapDataset.BINJIANG_INSTITUTE;
import static org.chaingraph.e2e.gaps.GapDataset.HANGCHENG_PROCESS;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU_ION_BEAM;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU_MICRONANO;
import static org.chaingraph.e2e.gaps.GapDataset.QIANTANG_ETCH;
import static org.chaingraph.e2e.gaps.GapDataset.SUZHOU_ETCH;
import static org.chaingraph.e2e.gaps.GapDataset.SUZHOU_FORMULA;
import static org.chaingraph.e2e.gaps.GapDataset.SUZHOU_MASK_ONE;
import static org.chaingraph.e2e.gaps.GapDataset.SUZHOU_MASK_TWO;
import static org.chaingraph.e2e.gaps.GapDataset.SUZHOU_PHOTORESIST;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;
import static org.chaingraph.e2e.gaps.GapDataset.YINZHOU_CHEMICAL;
import static org.chaingraph.e2e.gaps.GapDataset.ZHEJIANG;
import static org.chaingraph.e2e.gaps.GapDataset.ZHIJIANG_PLASMA;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** Who could fill each gap, scored and explained; and the open challenges on it. */
class GapCandidateTest extends GapApiTest {

    @Test
    void photoresistCandidatesAreOperatorsElsewhereAndLocalCapabilityHoldersBestFirst() {
        // 光刻胶 requires 光刻胶配方 and 高纯材料提纯. Score = 0.4 operates + 0.3 share held + 0.2 ladder height + 0.1 scale.
        var candidates = candidates(report("gx", HANGZHOU, YEAR), "gx-photoresist");

        assertThat(candidates).extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("score"), c -> c.get("local"),
                c -> c.get("matchedCapabilities"), c -> c.get("reasons")).containsExactly(
                // 苏州: 0.4 + 0.3 × 1/2 + 0.2 × 4/5 (小巨人) + 0.1 × 1/3 (SMALL)
                tuple(SUZHOU_PHOTORESIST, 0.7433, false, List.of("光刻胶配方"),
                        List.of("已在外地从事该环节", "具备所需能力：光刻胶配方", "专精特新“小巨人”企业")),
                // 宁波 is outside 杭州: 0.4 + 0.1 × 1/3
                tuple(YINZHOU_CHEMICAL, 0.4333, false, List.of(), List.of("已在外地从事该环节")),
                // local, holds both: 0.3 + 0.1 × 2/3 (MEDIUM)
                tuple(BINJIANG_INSTITUTE, 0.3667, true, List.of("光刻胶配方", "高纯材料提纯"),
                        List.of("本地企业，尚未从事该环节", "具备所需能力：光刻胶配方、高纯材料提纯", "中型企业")),
                // local (operates in resin, not in photoresist): 0.3 × 1/2 + 0.2 × 4/5 + 0.1 × 1/3
                tuple(BINJIANG_FINE, 0.3433, true, List.of("高纯材料提纯"),
                        List.of("本地企业，尚未从事该环节", "具备所需能力：高纯材料提纯", "专精特新“小巨人”企业")),
                // local MICRO whose GAZELLE expired in 2020: capability only
                tuple(HANGZHOU_MICRONANO, 0.15, true, List.of("光刻胶配方"), List.of("本地企业，尚未从事该环节", "具备所需能力：光刻胶配方")));
        // Holds a capability but outside the region and not operating in the segment: not a candidate.
        assertThat(candidates).noneMatch(c -> SUZHOU_FORMULA.equals(map(c, "enterprise").get("uscc")));
    }

    @Test
    void firstLimitsTheCandidatesOfEveryGap() {
        var report = report("gx", HANGZHOU, YEAR, 2);

        assertThat(candidates(report, "gx-photoresist")).extracting(c -> map(c, "enterprise").get("uscc"))
                .containsExactly(SUZHOU_PHOTORESIST, YINZHOU_CHEMICAL);
        assertThat(list(report, "gaps")).allSatisfy(gap -> assertThat(list(gap, "candidates")).hasSizeLessThanOrEqualTo(2));
    }

    @Test
    void equalScoresAreOrderedByUscc() {
        // Identical profiles; the dataset lists ONE (…172) before TWO (…16Y), USCC order is the reverse.
        assertThat(candidates(report("gx", HANGZHOU, YEAR), "gx-mask")).extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("score"))
                .containsExactly(tuple(SUZHOU_MASK_TWO, 0.4333), tuple(SUZHOU_MASK_ONE, 0.4333));
    }

    @Test
    void anEnterpriseAlreadyOperatingInTheSegmentLocallyIsNeverACandidate() {
        // 刻蚀 is WEAK in 杭州: its three local operators (one holds the required 等离子刻蚀) are left out.
        var candidates = candidates(report("gx", HANGZHOU, YEAR), "gx-etch");

        assertThat(candidates).extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("score"))
                .containsExactly(tuple(SUZHOU_ETCH, 0.5), tuple(HANGZHOU_ION_BEAM, 0.1833));
        assertThat(candidates).extracting(c -> map(c, "enterprise").get("uscc"))
                .doesNotContain(QIANTANG_ETCH, ZHIJIANG_PLASMA, HANGCHENG_PROCESS);
    }

    @Test
    void whatIsLocalDependsOnTheRegion() {
        // For 浙江省, the 鄞州区 photoresist maker is a local operator: no longer a candidate.
        var candidates = candidates(report("gx", ZHEJIANG, YEAR), "gx-photoresist");

        assertThat(candidates).extracting(c -> map(c, "enterprise").get("uscc"))
                .containsExactly(SUZHOU_PHOTORESIST, BINJIANG_INSTITUTE, BINJIANG_FINE, HANGZHOU_MICRONANO);
    }

    @Test
    void openChallengesAreTheOpenOnesTargetingTheSegmentSoonestFirst() {
        var gaps = list(report("gx", HANGZHOU, YEAR), "gaps");

        // CH-GX-2 also targets photoresist but is AWARDED.
        assertThat(list(bySegment(gaps, "gx-photoresist"), "openChallenges")).extracting(c -> c.get("id"), c -> c.get("deadline"))
                .containsExactly(tuple("CH-GX-4", "2025-12-31"), tuple("CH-GX-1", "2026-06-30"));
        assertThat(list(bySegment(gaps, "gx-etch"), "openChallenges")).extracting(c -> c.get("id")).containsExactly("CH-GX-3");
        assertThat(list(bySegment(gaps, "gx-mask"), "openChallenges")).isEmpty();
    }

    @Test
    void firstOutOfRangeIsABadRequest() {
        graphQl.documentName("gaps/chainGaps").variable("chainId", "gx").variable("regionCode", HANGZHOU).variable("first", 101).execute()
                .errors().expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("first: ")).verify();
    }

    private static List<Map<String, Object>> candidates(Map<String, Object> report, String segmentId) {
        return list(bySegment(list(report, "gaps"), segmentId), "candidates");
    }
}
