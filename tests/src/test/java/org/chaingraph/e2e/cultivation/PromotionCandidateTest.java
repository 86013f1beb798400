package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.cultivation.CultivationDataset.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Promotion candidates and near misses from cultivation/promotion-rules.yml; the rule-set switch on 2026-04-01. */
class PromotionCandidateTest extends CultivationApiTest {

    @Test
    void candidatesOneStepBelowThenNearMissesWithTheUnmetCriterionNamed() {
        // 2026: the 2026 管理办法 (R&D spending of 1200万元 over two years for 小巨人).
        var candidates = list(report(JIAXING, YEAR, null), "candidates");
        assertThat(candidates).extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("to"), c -> c.get("from"), c -> c.get("qualifies"),
                        c -> c.get("unmet"))
                .containsExactly(
                        tuple(QUALIFY, "SPECIALIZED_SME", "INNOVATIVE_SME", true, List.of()),
                        tuple(JXPGAZ, "GAZELLE", "POTENTIAL_GAZELLE", true, List.of()),
                        tuple(NEARRD, "SPECIALIZED_SME", "INNOVATIVE_SME", false, List.of("上年度研发强度（近两年每年均须达到） 2.1% < 3%")),
                        tuple(SPEC, "LITTLE_GIANT", "SPECIALIZED_SME", false, List.of(
                                "上年度研发费用（近两年合计须达1200万元） 520万元 < 1200万元；另可：近两年研发费用合计1200万元以上（数据集无法核实）")),
                        // A 小巨人 of ten years and more, far from 单项冠军's 4亿元.
                        tuple(RENEW, "SINGLE_CHAMPION", "LITTLE_GIANT", false, List.of("近3年平均营业收入（代“主营业务收入”） 8525.61万元 < 40000万元")));
        // TWOMISS misses four criteria: neither a candidate nor a near miss. FIRST already holds 小巨人.
        assertThat(candidates).noneMatch(c -> TWOMISS.equals(map(c, "enterprise").get("uscc")) || FIRST.equals(map(c, "enterprise").get("uscc")));
    }

    @Test
    void theSameFirmsUnderThe2022RulesWhichAskLessOfALittleGiantsResearch() {
        var candidates = list(report(JIAXING, 2025, null), "candidates");
        assertThat(candidates).extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("to"), c -> c.get("qualifies"), c -> c.get("unmet"))
                .contains(tuple(SPEC, "LITTLE_GIANT", true, List.of()),
                        tuple(NEARRD, "SPECIALIZED_SME", false, List.of("上年度研发费用占营业收入总额比重 2.1% < 3%")));
    }

    @Test
    void everyCandidateSaysWhatCouldNotBeChecked() {
        var littleGiant2026 = candidate(report(JIAXING, YEAR, null), SPEC);
        assertThat(String.join("\n", strings(littleGiant2026, "uncheckedCriteria"))).contains("资产负债率 ≤ 75%（无数据）", "10%以上，或国内前三");
        assertThat(littleGiant2026.get("toName")).isEqualTo("专精特新“小巨人”企业");
        var littleGiant2022 = candidate(report(JIAXING, 2025, null), SPEC);
        assertThat(String.join("\n", strings(littleGiant2022, "uncheckedCriteria"))).contains("全国细分市场占有率10%以上", "资产负债率 ≤ 70%（无数据）");
        // The R&D ratio band of its revenue (8000万: 5000万–1亿) applies: ≥ 6 %.
        assertThat(strings(littleGiant2022, "met")).contains("上年度研发费用占营业收入比重（营业收入5000万元至1亿元） ≥ 6%").hasSize(3);
    }

    @Test
    void theOptionalFiguresADatasetGivesAreCheckedNotListedAsUnchecked() {
        var qualify = candidate(report(JIAXING, YEAR, null), QUALIFY);
        assertThat(qualify.get("qualifies")).isEqualTo(true);
        assertThat(strings(qualify, "met")).contains("主营业务收入占营业收入比重 ≥ 80%", "资产负债率 ≤ 80%", "与主导产品相关的Ⅰ类知识产权 ≥ 1项");
        assertThat(strings(qualify, "uncheckedCriteria")).noneMatch(u -> u.contains("无数据"));
        assertThat(strings(candidate(report(JIAXING, YEAR, null), NEARRD), "uncheckedCriteria")).contains("资产负债率 ≤ 80%（无数据）");
    }

    @Test
    void ruleSetSwitchesOnTheFirstOfApril2026() {
        assertThat(ruleSet(report(JIAXING, 2025, null))).isEqualTo("miit-2022");
        // Renewals (复核) of 小巨人 in 2026 are judged by the 2022 standard.
        assertThat(map(report(JIAXING, 2026, null), "ruleSet")).containsEntry("renewalRuleSet", "miit-2022");
        assertThat(map(report(JIAXING, 2025, null), "ruleSet").get("renewalRuleSet")).isNull();
        // Up for review: EXPIRED's 专精特新 ends in 2024 (judged by the 2022 set in force then); RENEW's and
        // 00021U's 小巨人 end in 2026 but were renewed already, so 2026 lists no renewal.
        assertThat(list(report(JIAXING, 2024, null), "candidates")).filteredOn(c -> Boolean.TRUE.equals(c.get("renewal")))
                .extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("to"), c -> c.get("from"), c -> c.get("ruleSet"), c -> c.get("unmet"))
                .containsExactly(tuple(EXPIRED, "SPECIALIZED_SME", "SPECIALIZED_SME", "miit-2022", List.of("上年度研发费用总额 45万元 < 100万元")));
        assertThat(list(report(JIAXING, 2026, null), "candidates")).noneMatch(c -> Boolean.TRUE.equals(c.get("renewal")));
        assertThat(ruleSet(report(JIAXING, 2026, null))).isEqualTo("miit-2026");
        assertThat(ruleSet(report(JIAXING, 2026, "2026-03-31"))).isEqualTo("miit-2022");
        assertThat(ruleSet(report(JIAXING, 2026, "2026-04-01"))).isEqualTo("miit-2026");
        assertThat(candidate(report(JIAXING, 2026, "2026-03-31"), QUALIFY).get("ruleSet")).isEqualTo("miit-2022");
        assertThat(candidate(report(JIAXING, 2026, null), QUALIFY).get("ruleSet")).isEqualTo("miit-2026");
        assertThat(strings(candidate(report(JIAXING, 2026, null), QUALIFY), "uncheckedCriteria"))
                .anyMatch(c -> c.toString().contains("科技和创新型中小企业"));
        // Before the 2022 暂行办法 there is no national rule set: only high-growth candidates.
        var early = report(SHANGHAI, 2021, null);
        assertThat(early.get("ruleSet")).isNull();
    }

    @Test
    void highGrowthRulesArePerRegionWithDefaults() {
        var shanghai = report(SHANGHAI, YEAR, null);
        assertThat(map(shanghai, "highGrowthRules").get("region")).isEqualTo("310000");
        assertThat(map(report(JIAXING, YEAR, null), "highGrowthRules").get("region")).isEqualTo("default");
        assertThat(list(shanghai, "candidates")).extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("to"), c -> c.get("unmet"))
                .containsExactly(
                        tuple(PGAZ, "GAZELLE", List.of()),
                        tuple(GROWTH20, "SINGLE_CHAMPION", List.of("近3年平均营业收入（代“主营业务收入”） 10111.11万元 < 40000万元")),
                        tuple(GROWTH199, "SINGLE_CHAMPION", List.of("近3年平均营业收入（代“主营业务收入”） 9868.89万元 < 40000万元")),
                        tuple(PGAZ2, "GAZELLE", List.of("上年度营业收入增长率 12% < 20%")),
                        tuple(GAZ, "POTENTIAL_UNICORN", List.of("前年营业收入增长率 28% < 30%")));
        assertThat(candidate(shanghai, PGAZ).get("ruleSet")).isEqualTo("high-growth:310000");
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> parent, String field) {
        return (List<String>) parent.get(field);
    }

    static String ruleSet(Map<String, Object> report) {
        return (String) map(report, "ruleSet").get("id");
    }

    static Map<String, Object> candidate(Map<String, Object> report, String uscc) {
        return list(report, "candidates").stream().filter(c -> uscc.equals(map(c, "enterprise").get("uscc"))).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + uscc));
    }
}
