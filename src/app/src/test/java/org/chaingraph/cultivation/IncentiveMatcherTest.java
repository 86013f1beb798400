package org.chaingraph.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.enterprises.Designation.ABOVE_SCALE;
import static org.chaingraph.enterprises.Designation.HIDDEN_CHAMPION;
import static org.chaingraph.enterprises.Designation.LITTLE_GIANT;
import static org.chaingraph.enterprises.Level.MUNICIPAL;
import static org.chaingraph.enterprises.Level.NATIONAL;
import static org.chaingraph.enterprises.Level.PROVINCIAL;

import java.util.List;
import java.util.Set;

import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Test;

class IncentiveMatcherTest {

    static final Incentive LG_FIRST = incentive("lg-first", LITTLE_GIANT, Trigger.FIRST_AWARD, 150, NATIONAL, "g", "A");
    static final Incentive LG_RENEWAL = incentive("lg-renewal", LITTLE_GIANT, Trigger.RENEWAL, 30, NATIONAL, "g", "A");
    static final Incentive HC_FIRST = incentive("hc-first", HIDDEN_CHAMPION, Trigger.FIRST_AWARD, 100, PROVINCIAL, "g", "A");
    static final Incentive LG_ANY = incentive("lg-any", LITTLE_GIANT, Trigger.FIRST_AWARD, 20, null, null, "B");
    static final Incentive LG_GROWTH = incentive("lg-growth", LITTLE_GIANT, Trigger.SUSTAINED_GROWTH, 50, null, null, "A");
    static final Incentive KEPT = incentive("kept", ABOVE_SCALE, Trigger.RETAINED, 10, null, null, "A");

    @Test
    void exclusiveGroupKeepsTheLargestAndMarksTheOthers() {
        var firm = firm(10.0, 10.0, Set.of("A"), new Award(LITTLE_GIANT, NATIONAL, 2026, 2029), new Award(HIDDEN_CHAMPION, PROVINCIAL, 2026, 2029));
        assertThat(IncentiveMatcher.match(firm, List.of(HC_FIRST, LG_FIRST, LG_RENEWAL), 2026))
                .extracting(IncentiveMatch::id, IncentiveMatch::superseded, IncentiveMatch::supersededBy)
                .containsExactly(tuple("lg-first", false, null), tuple("hc-first", true, "lg-first"));
    }

    @Test
    void onlyIncentivesOfTheFirmsRegionsApply() {
        var firm = firm(10.0, 10.0, Set.of("A"), new Award(LITTLE_GIANT, NATIONAL, 2026, 2029));
        assertThat(IncentiveMatcher.match(firm, List.of(LG_FIRST, LG_ANY), 2026)).extracting(IncentiveMatch::id).containsExactly("lg-first");
    }

    @Test
    void firstAwardIsPerLevelAndRenewalNeedsAnEarlierOne() {
        var firm = firm(10.0, 10.0, Set.of("A", "B"), new Award(LITTLE_GIANT, MUNICIPAL, 2020, 2023), new Award(LITTLE_GIANT, NATIONAL, 2023, 2026),
                new Award(LITTLE_GIANT, NATIONAL, 2026, 2029));
        assertThat(IncentiveMatcher.match(firm, List.of(LG_FIRST, LG_RENEWAL, LG_ANY), 2026)).extracting(IncentiveMatch::id).containsExactly("lg-renewal");
        assertThat(IncentiveMatcher.match(firm, List.of(LG_FIRST, LG_RENEWAL, LG_ANY), 2023)).extracting(IncentiveMatch::id)
                .containsExactly("lg-first", "lg-any");
    }

    @Test
    void sustainedGrowthAtTwentyNotNineteenPointNine() {
        var award = new Award(LITTLE_GIANT, NATIONAL, 2024, 2027);
        assertThat(IncentiveMatcher.match(firm(20.0, 20.0, Set.of("A"), award), List.of(LG_GROWTH), 2026)).hasSize(1);
        assertThat(IncentiveMatcher.match(firm(30.0, 19.9, Set.of("A"), award), List.of(LG_GROWTH), 2026)).isEmpty();
        assertThat(IncentiveMatcher.match(firm(null, 30.0, Set.of("A"), award), List.of(LG_GROWTH), 2026)).isEmpty();
        assertThat(IncentiveMatcher.match(firm(20.0, 20.0, Set.of("A"), award), List.of(LG_GROWTH), 2028)).isEmpty();
    }

    @Test
    void retainedTwoYearsAfterTheFirstAwardWhileStillValid() {
        assertThat(IncentiveMatcher.match(firm(0.0, 0.0, Set.of("A"), new Award(ABOVE_SCALE, MUNICIPAL, 2024, null)), List.of(KEPT), 2026)).hasSize(1);
        assertThat(IncentiveMatcher.match(firm(0.0, 0.0, Set.of("A"), new Award(ABOVE_SCALE, MUNICIPAL, 2024, null)), List.of(KEPT), 2027)).isEmpty();
        assertThat(IncentiveMatcher.match(firm(0.0, 0.0, Set.of("A"), new Award(ABOVE_SCALE, MUNICIPAL, 2024, 2025)), List.of(KEPT), 2026)).isEmpty();
    }

    @Test
    void orderIsApplicableFirstThenAmountThenId() {
        var a = incentive("b", LITTLE_GIANT, Trigger.FIRST_AWARD, 20, null, null, "A");
        var b = incentive("a", LITTLE_GIANT, Trigger.FIRST_AWARD, 20, null, null, "A");
        var firm = firm(10.0, 10.0, Set.of("A"), new Award(LITTLE_GIANT, NATIONAL, 2026, 2029), new Award(HIDDEN_CHAMPION, PROVINCIAL, 2026, 2029));
        assertThat(IncentiveMatcher.match(firm, List.of(a, HC_FIRST, b, LG_FIRST), 2026)).extracting(IncentiveMatch::id)
                .containsExactly("lg-first", "a", "b", "hc-first");
    }

    static Incentive incentive(String id, org.chaingraph.enterprises.Designation d, Trigger t, double amount, org.chaingraph.enterprises.Level l,
                               String group, String region) {
        return new Incentive(id, id, d, t, amount, l, group, "test", region);
    }

    static Firm firm(Double growth, Double growthPrev, Set<String> regions, Award... awards) {
        var e = new Enterprise("X", "x", Scale.SMALL, 2015, 5000.0, 3.0, 100, growth, growthPrev, false);
        return new Firm(e, regions, List.of(awards));
    }
}
