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
 * Entry rules (from: []) of the shipped rules file: 规上工业 by the statistical standard and
 * 创新型中小企业 by the 2022 scoring sheet, judged on hand-built firms.
 */
class EntrantsTest {

    private static final PromotionRules RULES = PromotionRulesTest.shipped();

    static Enterprise firm(String uscc, Scale scale, Double revenue, Double rdRatio, Double growth, Enterprise.Profile profile) {
        return new Enterprise(uscc, uscc, scale, 2015, revenue, rdRatio, 50, growth, 5.0, false, profile);
    }

    static List<PromotionCandidate> entrants(Designation to, LocalDate on, Firm... firms) {
        var entry = RULES.entryRule(to, on).orElseThrow();
        return Promotions.entrants(List.of(firms), entry.set().id(), entry.rule(), on.getYear(), 1, 0.25);
    }

    static Firm holding(Enterprise e, Award... awards) {
        return new Firm(e, Set.of(), List.of(awards));
    }

    @Nested
    class AboveScale {
        final LocalDate on = LocalDate.of(2025, 12, 31);

        @Test
        void twentyMillionOfRevenueQualifiesAndNearMissesWithinAQuarterFollowNearestFirst() {
            var list = entrants(Designation.ABOVE_SCALE, on,
                    holding(firm("A", Scale.SMALL, 2000.0, 1.0, 1.0, null)),
                    holding(firm("B", Scale.SMALL, 1999.0, 1.0, 1.0, null)),
                    holding(firm("C", Scale.SMALL, 1600.0, 1.0, 1.0, null)),
                    holding(firm("D", Scale.SMALL, 1499.0, 1.0, 1.0, null)),
                    holding(firm("E", Scale.MEDIUM, 9000.0, 1.0, 1.0, null), new Award(Designation.ABOVE_SCALE, Level.NATIONAL, 2020, null)));
            assertThat(list).extracting(c -> c.enterprise().uscc()).as("D is more than 25% short; E is above scale already")
                    .containsExactly("A", "B", "C");
            assertThat(list.get(0).qualifies()).isTrue();
            assertThat(list.get(0).from()).isNull();
            assertThat(list.get(0).ruleSet()).isEqualTo("nbs-above-scale");
            assertThat(list.get(1).unmet()).containsExactly("上年度营业收入（代“年主营业务收入”） 1999万元 < 2000万元");
            assertThat(list.get(0).uncheckedCriteria()).contains("工业法人单位（数据集不分行业）");
        }

        @Test
        void aStandingStandardAppliesWhateverTheRuleSetOfTheYear() {
            assertThat(RULES.entryRule(Designation.ABOVE_SCALE, LocalDate.of(2026, 12, 31))).isPresent();
            assertThat(RULES.entryRule(Designation.ABOVE_SCALE, LocalDate.of(2010, 12, 31))).isEmpty();
        }
    }

    @Nested
    class InnovativeSme2022 {
        final LocalDate on = LocalDate.of(2025, 12, 31);
        /** All optional figures known: Ⅰ类 1 (10–20), main business 70% (20), debt 50% (10); 领域 unknown (5–10). */
        final Enterprise.Profile full = new Enterprise.Profile(1, 70.0, 50.0, null);

        PromotionCandidate one(Enterprise e) {
            return entrants(Designation.INNOVATIVE_SME, on, holding(e)).get(0);
        }

        @Test
        void theScoreIsMetWhenEvenItsLowestPossibleValuePasses() {
            // 10 + 20 (R&D 5%) + 20 (growth 15%) + 10 + 5 + 20 = 85 at least.
            var c = one(firm("A", Scale.SMALL, 3000.0, 5.0, 15.0, full));
            assertThat(c.qualifies()).isTrue();
            assertThat(c.met()).contains("评价得分 ≥ 60分（可核实部分已得 85分）");
            assertThat(c.scoreLow()).isEqualTo(85);
        }

        @Test
        void theScoreIsMissedWhenEvenItsHighestPossibleValueFailsAndEachGroupHasItsMinimum() {
            // Ⅰ类 0 (0–5), R&D 0.5% (0): 创新能力 at most 5 < 20.
            var c = entrants(Designation.INNOVATIVE_SME, on,
                    holding(firm("A", Scale.SMALL, 3000.0, 0.5, 15.0, new Enterprise.Profile(0, 70.0, 50.0, null))));
            assertThat(c).as("75% short of its group's minimum: not a near miss worth listing").isEmpty();
            var weak = withWindow(Designation.INNOVATIVE_SME, on, 1.0,
                    holding(firm("A", Scale.SMALL, 3000.0, 0.5, 15.0, new Enterprise.Profile(0, 70.0, 50.0, null))));
            assertThat(weak.get(0).unmet()).singleElement().asString().startsWith("创新能力得分至多 5分 < 20分；另可：直通条件");
        }

        @Test
        void withoutTheOptionalFiguresTheScoreIsUncheckedForTheFirmNeverPassed() {
            var c = one(firm("A", Scale.SMALL, 3000.0, 5.0, 15.0, null));
            assertThat(c.met()).noneMatch(m -> m.startsWith("评价得分"));
            assertThat(c.uncheckedCriteria().get(0)).isEqualTo("评价得分 ≥ 60分（按数据可得 45–100分，其余指标数据集无法核实）");
        }

        @Test
        void aLargeFirmIsNoSmeAndTheDirectConditionOfEquityFinancingReplacesTheScore() {
            var large = holding(firm("L", Scale.LARGE, 90000.0, 5.0, 15.0, full));
            assertThat(entrants(Designation.INNOVATIVE_SME, on, large)).isEmpty();
            assertThat(withWindow(Designation.INNOVATIVE_SME, on, 1.0, large).get(0).unmet()).containsExactly(
                    "中小企业（《中小企业划型标准规定》；数据集 scale 为 MICRO、SMALL 或 MEDIUM）：否");
            var direct = one(firm("A", Scale.SMALL, 300.0, 0.0, -5.0, new Enterprise.Profile(0, 40.0, 90.0, 500.0)));
            assertThat(direct.qualifies()).isTrue();
            assertThat(direct.met()).contains("近两年新增股权融资总额（合格机构投资者实缴额） ≥ 500万元（直通条件）");
        }

        @Test
        void holdersOfAnySmeStepAreNotEntrantsAndTheProvenScoreOrdersTheRest() {
            var list = entrants(Designation.INNOVATIVE_SME, on,
                    holding(firm("A", Scale.SMALL, 3000.0, 3.0, 10.0, full)),
                    holding(firm("B", Scale.SMALL, 3000.0, 5.0, 15.0, full)),
                    holding(firm("C", Scale.SMALL, 3000.0, 5.0, 15.0, full), new Award(Designation.SPECIALIZED_SME, Level.PROVINCIAL, 2024, 2027)));
            assertThat(list).extracting(c -> c.enterprise().uscc()).containsExactly("B", "A");
        }

        @Test
        void theTwentyTwentySixSetHasNoVerifiedEntryRuleForIt() {
            assertThat(RULES.entryRule(Designation.INNOVATIVE_SME, LocalDate.of(2026, 12, 31))).isEmpty();
            assertThat(RULES.entryRule(Designation.INNOVATIVE_SME, LocalDate.of(2026, 3, 31))).isPresent();
        }
    }

    static List<PromotionCandidate> withWindow(Designation to, LocalDate on, double window, Firm... firms) {
        var entry = RULES.entryRule(to, on).orElseThrow();
        return Promotions.entrants(List.of(firms), entry.set().id(), entry.rule(), on.getYear(), 1, window);
    }
}
