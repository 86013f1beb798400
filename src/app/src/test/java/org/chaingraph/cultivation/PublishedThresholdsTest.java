package org.chaingraph.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.Level;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each checkable threshold of the shipped rule sets on hand-built firms just at and just below it:
 * the 2022 暂行办法 (asked for 2025) and the 2026 管理办法 (asked for 2026). Sources:
 * promotion-rules.yml and docs/cultivation.md.
 */
class PublishedThresholdsTest {

    private static final PromotionRules RULES = PromotionRulesTest.shipped();

    /**
     * A firm's figures: revenue 万元, R&D ratio %, founding year, growth and the year before's, %, and
     * the optional ones (unknown unless given).
     */
    record Figures(double revenue, double rdRatio, int founded, double growth, double growthPrev, Enterprise.Profile profile) {
        Figures(double revenue, double rdRatio, int founded, double growth, double growthPrev) {
            this(revenue, rdRatio, founded, growth, growthPrev, Enterprise.Profile.UNKNOWN);
        }
        Figures revenue(double v) { return new Figures(v, rdRatio, founded, growth, growthPrev, profile); }
        Figures rdRatio(double v) { return new Figures(revenue, v, founded, growth, growthPrev, profile); }
        Figures founded(int v) { return new Figures(revenue, rdRatio, v, growth, growthPrev, profile); }
        Figures growth(double g, double prev) { return new Figures(revenue, rdRatio, founded, g, prev, profile); }
        /** Ⅰ类知识产权, 主营业务收入占比 %, 资产负债率 %, 近两年股权融资 万元. */
        Figures profile(Integer ip, Double mainBusiness, Double debt, Double equity) {
            return new Figures(revenue, rdRatio, founded, growth, growthPrev, new Enterprise.Profile(ip, mainBusiness, debt, equity));
        }
    }

    static PromotionCandidate candidate(String ruleSetOn, int year, Designation to, Designation holds, Figures f) {
        var rule = RULES.inForceOn(LocalDate.parse(ruleSetOn)).orElseThrow().rules().stream()
                .filter(r -> r.to() == to).findFirst().orElseThrow();
        var e = new Enterprise("X", "x", Scale.SMALL, f.founded(), f.revenue(), f.rdRatio(), 100, f.growth(), f.growthPrev(), false,
                f.profile());
        var firm = new Firm(e, Set.of(), List.of(new Award(holds, Level.PROVINCIAL, year - 1, year + 2)));
        return Promotions.candidates(List.of(firm), "t", List.of(rule), year, 10).get(0);
    }

    @Nested
    class Specialised2022 {
        final Figures passing = new Figures(2000, 5, 2020, 10, 10);

        PromotionCandidate ask(Figures f) {
            return candidate("2025-12-31", 2025, Designation.SPECIALIZED_SME, Designation.INNOVATIVE_SME, f);
        }

        @Test
        void atEveryThresholdItQualifies() {
            assertThat(ask(passing).unmet()).isEmpty();
            assertThat(ask(passing.founded(2023).revenue(1000).rdRatio(10)).unmet()).as("2 years, 1000万, 100万, 10%").isEmpty();
        }

        @Test
        void justBelowEachThresholdItIsTold() {
            assertThat(ask(passing.founded(2024)).unmet()).containsExactly("成立年限（代“从事特定细分市场时间”） 1年 < 2年");
            assertThat(ask(passing.rdRatio(4.95)).unmet()).containsExactly("上年度研发费用总额 99万元 < 100万元");
            assertThat(ask(passing.revenue(5000).rdRatio(2.9)).unmet()).containsExactly("上年度研发费用占营业收入总额比重 2.9% < 3%");
            assertThat(ask(passing.revenue(999).rdRatio(20)).unmet()).as("the alternative's figure missing: still unmet").containsExactly(
                    "上年度营业收入总额 999万元 < 1000万元；另可：近2年新增股权融资总额（合格机构投资者实缴额） ≥ 2000万元（无数据）");
        }

        @Test
        void underTenMillionTwentyMillionOfEquityFinancingInstead() {
            var small = passing.revenue(999).rdRatio(20);
            assertThat(ask(small.profile(null, null, null, 2000.0)).unmet()).isEmpty();
            assertThat(ask(small.profile(null, null, null, 2000.0)).met()).contains("近2年新增股权融资总额（合格机构投资者实缴额） ≥ 2000万元（替代条件）");
            assertThat(ask(small.profile(null, null, null, 1999.0)).unmet()).containsExactly(
                    "上年度营业收入总额 999万元 < 1000万元，且近2年新增股权融资总额（合格机构投资者实缴额） 1999万元 < 2000万元");
        }

        @Test
        void theAlternativesOfTheScoreAreThoseOfTheText() {
            assertThat(String.join("\n", ask(passing).uncheckedCriteria())).contains("评价得分60分以上", "6000万元以上", "1000万元以上", "全国500强")
                    .doesNotContain("500万元以上");
        }
    }

    @Nested
    class LittleGiant2022 {
        final Figures passing = new Figures(12000, 3, 2015, 5, 5);

        PromotionCandidate ask(Figures f) {
            return candidate("2025-12-31", 2025, Designation.LITTLE_GIANT, Designation.SPECIALIZED_SME, f);
        }

        @Test
        void researchDependsOnRevenueAsPublished() {
            assertThat(ask(passing).unmet()).isEmpty();
            assertThat(ask(passing.rdRatio(2.9)).unmet()).containsExactly("上年度研发费用占营业收入比重（营业收入1亿元以上） 2.9% < 3%");
            assertThat(ask(passing.revenue(9999).rdRatio(6)).unmet()).isEmpty();
            assertThat(ask(passing.revenue(5000).rdRatio(5.9)).unmet()).containsExactly("上年度研发费用占营业收入比重（营业收入5000万元至1亿元） 5.9% < 6%");
        }

        @Test
        void underFiftyMillionTheTextAsksForResearchSpendingNotARatioOfTenPercent() {
            assertThat(ask(passing.revenue(4000).rdRatio(75)).unmet()).as("3000万 spent last year").isEmpty();
            assertThat(ask(passing.revenue(4000).rdRatio(12)).unmet()).containsExactly(
                    "上年度研发费用总额（营业收入5000万元以下） 480万元 < 3000万元；另可：研发费用总额按近2年合计达到3000万元以上（数据集无法核实）");
            assertThat(String.join("\n", ask(passing.revenue(4000).rdRatio(75)).uncheckedCriteria()))
                    .contains("近2年新增股权融资总额（合格机构投资者实缴额）（营业收入5000万元以下） ≥ 8000万元（无数据）",
                            "研发人员占职工总数比重50%以上", "全国细分市场占有率10%以上", "与主导产品相关的Ⅰ类知识产权 ≥ 2项（无数据）");
            assertThat(ask(passing.revenue(4000).rdRatio(75).profile(2, 70.0, 70.0, 7999.0)).unmet()).containsExactly(
                    "近2年新增股权融资总额（合格机构投资者实缴额）（营业收入5000万元以下） 7999万元 < 8000万元");
            assertThat(ask(passing.profile(2, 70.0, 70.0, null)).unmet()).as("over 5000万 the financing line does not apply").isEmpty();
        }

        @Test
        void theOptionalFiguresAreCheckedWhenTheDatasetHasThem() {
            var known = passing.profile(2, 70.0, 70.0, null);
            assertThat(ask(known).unmet()).isEmpty();
            assertThat(ask(known).uncheckedCriteria()).noneMatch(u -> u.contains("无数据"));
            assertThat(ask(passing.profile(1, 69.9, 70.1, null)).unmet()).containsExactly(
                    "主营业务收入占营业收入总额比重 69.9% < 70%", "资产负债率 70.1% > 70%",
                    "与主导产品相关的Ⅰ类知识产权 1项 < 2项；另可：创新直通条件：近三年科技奖励排名前三，或“创客中国”全国50强（数据集无法核实）");
            assertThat(ask(passing).unmet()).as("unknown is unchecked, never failed").isEmpty();
            assertThat(ask(passing).uncheckedCriteria()).contains("主营业务收入占营业收入总额比重 ≥ 70%（无数据）", "资产负债率 ≤ 70%（无数据）");
        }

        @Test
        void growthIsTheTwoYearAverage() {
            assertThat(ask(passing.growth(5, 4.9)).unmet()).containsExactly("近2年营业收入平均增长率（代“主营业务收入平均增长率”） 4.95% < 5%");
            assertThat(ask(passing.growth(6, 4)).unmet()).isEmpty();
            assertThat(ask(passing.founded(2023)).unmet()).containsExactly("成立年限（代“从事特定细分市场时间”） 2年 < 3年");
        }
    }

    @Nested
    class Specialised2026 {
        final Figures passing = new Figures(2000, 5, 2020, 10, 10);

        PromotionCandidate ask(Figures f) {
            return candidate("2026-12-31", 2026, Designation.SPECIALIZED_SME, Designation.INNOVATIVE_SME, f);
        }

        @Test
        void atEveryThresholdItQualifies() {
            assertThat(ask(passing.founded(2023).revenue(1500).rdRatio(6.67)).unmet()).as("3 years, 1500万, 100万, 6.67%").isEmpty();
        }

        @Test
        void justBelowEachThresholdItIsTold() {
            assertThat(ask(passing.founded(2024)).unmet()).containsExactly("成立年限（代“特定细分市场满3年”） 2年 < 3年");
            assertThat(ask(passing.revenue(1499).rdRatio(10)).unmet()).as("the 2022 set's 1000万 no longer suffices").containsExactly(
                    "上年度营业收入 1499万元 < 1500万元；另可：近两年合格机构投资者实缴股权投资合计 ≥ 2000万元（无数据）");
            assertThat(ask(passing.revenue(1499).rdRatio(10).profile(null, null, null, 2000.0)).unmet()).isEmpty();
            assertThat(ask(passing.profile(1, 80.0, 80.0, null)).unmet()).isEmpty();
            assertThat(ask(passing.profile(0, 79.9, 80.1, null)).unmet()).containsExactly(
                    "主营业务收入占营业收入比重 79.9% < 80%", "资产负债率 80.1% > 80%",
                    "与主导产品相关的Ⅰ类知识产权 0项 < 1项；另可：省部级以上科技奖励排名前三或拥有省部级以上研发机构可免（数据集无法核实）");
            assertThat(ask(passing.revenue(3000).rdRatio(3.3)).unmet()).containsExactly("上年度研发费用（近两年每年均须达到） 99万元 < 100万元");
            assertThat(ask(passing.revenue(5000).rdRatio(2.9)).unmet()).containsExactly("上年度研发强度（近两年每年均须达到） 2.9% < 3%");
        }

        @Test
        void whatTheDatasetCannotTellIsListed() {
            assertThat(String.join("\n", ask(passing).uncheckedCriteria()))
                    .contains("主营业务收入占营业收入比重 ≥ 80%（无数据）", "资产负债率 ≤ 80%（无数据）",
                            "与主导产品相关的Ⅰ类知识产权 ≥ 1项（无数据）", "评价得分50分以上");
        }
    }

    @Nested
    class LittleGiant2026 {
        final Figures passing = new Figures(20000, 6, 2015, 5, 5);

        PromotionCandidate ask(Figures f) {
            return candidate("2026-12-31", 2026, Designation.LITTLE_GIANT, Designation.SPECIALIZED_SME, f);
        }

        @Test
        void atEveryThresholdItQualifies() {
            assertThat(ask(passing).unmet()).isEmpty();
            assertThat(ask(passing.revenue(40000).rdRatio(3)).unmet()).as("3%, 1200万").isEmpty();
        }

        @Test
        void justBelowEachThresholdItIsTold() {
            assertThat(ask(passing.revenue(4999).rdRatio(30)).unmet()).containsExactly("上年度营业收入 4999万元 < 5000万元");
            assertThat(ask(passing.growth(5, 4.9)).unmet()).containsExactly("近两年营业收入复合增长率 4.95% < 5%");
            assertThat(ask(passing.growth(10, 0)).unmet()).as("CAGR of 10% and 0% is 4.88%").containsExactly("近两年营业收入复合增长率 4.88% < 5%");
            assertThat(ask(passing.revenue(50000).rdRatio(2.9)).unmet()).containsExactly("上年度研发强度（近两年每年均须达到） 2.9% < 3%");
            assertThat(ask(passing.revenue(10000).rdRatio(6)).unmet()).containsExactly(
                    "上年度研发费用（近两年合计须达1200万元） 600万元 < 1200万元；另可：近两年研发费用合计1200万元以上（数据集无法核实）");
        }

        @Test
        void whatTheDatasetCannotTellIsListed() {
            assertThat(String.join("\n", ask(passing).uncheckedCriteria()))
                    .contains("主营业务收入占营业收入比重 ≥ 90%（无数据）", "资产负债率 ≤ 75%（无数据）",
                            "与主导产品相关的Ⅰ类知识产权 ≥ 4项（无数据）", "10%以上，或国内前三", "评价得分60分以上");
        }

        @Test
        void theOptionalFiguresAreCheckedWhenTheDatasetHasThem() {
            assertThat(ask(passing.profile(4, 90.0, 75.0, null)).unmet()).isEmpty();
            assertThat(ask(passing.profile(3, 89.9, 75.1, null)).unmet()).containsExactly(
                    "主营业务收入占营业收入比重 89.9% < 90%", "资产负债率 75.1% > 75%",
                    "与主导产品相关的Ⅰ类知识产权 3项 < 4项；另可：近三年国家级科技奖励排名前三可免（数据集无法核实）");
        }
    }

    @Nested
    class Renewals2026 {
        /** 8000万 revenue, 6.5 % R&D (520万): a 小巨人 by the 2022 standard, not by the 2026 one (1200万 over two years). */
        final Enterprise figures = new Enterprise("X", "x", Scale.SMALL, 2010, 8000.0, 6.5, 150, 10.0, 8.0, false);

        List<PromotionCandidate> in2026(Award... awards) {
            var ruleSet = RULES.inForceOn(LocalDate.of(2026, 12, 31)).orElseThrow();
            // A 小巨人 holder is also a (far) 单项冠军 near miss: not what these tests are about.
            return Promotions.underRuleSet(List.of(new Firm(figures, Set.of(), List.of(awards))), RULES, ruleSet, 2026, 10).stream()
                    .filter(c -> c.to() != Designation.SINGLE_CHAMPION).toList();
        }

        @Test
        void aLittleGiantUpForReviewIsJudgedByThe2022StandardAndSaysSo() {
            var candidates = in2026(new Award(Designation.SPECIALIZED_SME, Level.PROVINCIAL, 2020, 2022),
                    new Award(Designation.LITTLE_GIANT, Level.NATIONAL, 2023, 2026));
            assertThat(candidates).singleElement().satisfies(c -> {
                assertThat(c.renewal()).isTrue();
                assertThat(c.to()).isEqualTo(Designation.LITTLE_GIANT);
                assertThat(c.from()).isEqualTo(Designation.LITTLE_GIANT);
                assertThat(c.ruleSet()).isEqualTo("miit-2022");
                assertThat(c.qualifies()).isTrue();
            });
        }

        @Test
        void aNewApplicationIsJudgedByThe2026Standard() {
            var candidates = in2026(new Award(Designation.SPECIALIZED_SME, Level.PROVINCIAL, 2024, 2027));
            assertThat(candidates).singleElement().satisfies(c -> {
                assertThat(c.renewal()).isFalse();
                assertThat(c.ruleSet()).isEqualTo("miit-2026");
                assertThat(c.unmet()).singleElement().asString().startsWith("上年度研发费用（近两年合计须达1200万元） 520万元 < 1200万元");
            });
        }

        @Test
        void onlyAwardsEndingInTheYearAndNotYetRenewedAreUpForReview() {
            assertThat(in2026(new Award(Designation.LITTLE_GIANT, Level.NATIONAL, 2024, 2027))).isEmpty();
            assertThat(in2026(new Award(Designation.LITTLE_GIANT, Level.NATIONAL, 2023, 2026),
                    new Award(Designation.LITTLE_GIANT, Level.NATIONAL, 2026, 2029))).isEmpty();
        }

        @Test
        void aSpecialisedSmeUpForReviewIsJudgedByThe2026SetItselfUnlessItMovedUp() {
            var specialised = new Award(Designation.SPECIALIZED_SME, Level.PROVINCIAL, 2023, 2026);
            assertThat(in2026(specialised)).extracting(PromotionCandidate::to, PromotionCandidate::renewal, PromotionCandidate::ruleSet)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Designation.SPECIALIZED_SME, true, "miit-2026"),
                            org.assertj.core.groups.Tuple.tuple(Designation.LITTLE_GIANT, false, "miit-2026"));
            assertThat(in2026(specialised, new Award(Designation.LITTLE_GIANT, Level.NATIONAL, 2026, 2029))).isEmpty();
        }
    }

    @Nested
    class SingleChampion {
        final Figures passing = new Figures(50000, 5, 2014, 10, 10);

        PromotionCandidate ask(int year, Figures f) {
            return candidate(year + "-12-31", year, Designation.SINGLE_CHAMPION, Designation.LITTLE_GIANT, f);
        }

        @Test
        void tenYearsInTheFieldAndFourHundredMillionOnAverageOverThreeYears() {
            assertThat(ask(2025, passing).unmet()).isEmpty();
            assertThat(ask(2026, passing.revenue(44000)).unmet()).as("average 40,121万").isEmpty();
            assertThat(ask(2026, passing.revenue(43800)).unmet()).containsExactly("近3年平均营业收入（代“主营业务收入”） 39938.84万元 < 40000万元");
            assertThat(ask(2025, passing.founded(2016)).unmet()).containsExactly(
                    "成立年限（代“从事相关领域时间”） 9年 < 10年；另可：申请产品属于新产品的，从事相关领域5年以上（数据集无法核实）");
            assertThat(String.join("\n", ask(2026, passing).uncheckedCriteria())).contains("全球前三");
        }
    }
}
