package org.chaingraph.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.Level;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Test;

class PromotionRulesTest {

    static PromotionRules shipped() {
        return PromotionRules.load(PromotionRulesTest.class.getResourceAsStream("/cultivation/promotion-rules.yml"), "promotion-rules.yml");
    }

    @Test
    void shippedRulesLoadWithBothRuleSets() {
        var rules = shipped();
        assertThat(rules.ruleSets()).extracting(RuleSet::id).containsExactly("miit-2022", "miit-2026");
        assertThat(rules.inForceOn(LocalDate.of(2026, 3, 31)).orElseThrow().id()).isEqualTo("miit-2022");
        assertThat(rules.inForceOn(LocalDate.of(2026, 4, 1)).orElseThrow().id()).isEqualTo("miit-2026");
        assertThat(rules.inForceOn(LocalDate.of(2022, 5, 31))).isEmpty();
        assertThat(rules.highGrowthFor(List.of("310115", "310000")).region()).isEqualTo("310000");
        assertThat(rules.highGrowthFor(List.of("330400", "330000")).region()).isEqualTo("default");
    }

    @Test
    void badRulesAreRefusedNamingTheRule() {
        String yaml = """
                ruleSets:
                  - {id: x, name: x, effective: "2022-06-01", source: s, rules: [{to: LITTLE_GIANT, from: [SPECIALIZED_SME], criteria: [{field: profit, op: ">=", value: 1, label: l}]}]}
                highGrowth:
                  default: {name: d, source: s, rules: []}
                """;
        assertThatThrownBy(() -> PromotionRules.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "bad.yml"))
                .hasMessageContaining("bad.yml").hasMessageContaining("LITTLE_GIANT").hasMessageContaining("unknown field 'profit'");
    }

    @Test
    void littleGiantResearchRatioDependsOnRevenue() {
        var rule = shipped().inForceOn(LocalDate.of(2025, 12, 31)).orElseThrow().rules().stream()
                .filter(r -> r.to() == Designation.LITTLE_GIANT).findFirst().orElseThrow();
        assertThat(unmet(rule, 12000, 3.0)).isEmpty();
        assertThat(unmet(rule, 8000, 5.9)).containsExactly("上年度研发费用占营业收入比重（营业收入5000万元至1亿元） 5.9% < 6%");
        assertThat(unmet(rule, 4000, 9.5)).singleElement().asString().startsWith("上年度研发费用总额（营业收入5000万元以下） 380万元 < 3000万元");
    }

    @Test
    void aFirmHigherOnTheLadderIsNoCandidateForALowerStep() {
        var rule = shipped().inForceOn(LocalDate.of(2025, 12, 31)).orElseThrow().rules().stream()
                .filter(r -> r.to() == Designation.LITTLE_GIANT).findFirst().orElseThrow();
        var e = new Enterprise("X", "x", Scale.MEDIUM, 2010, 12000.0, 5.0, 300, 10.0, 10.0, false);
        var champion = new Firm(e, Set.of(), List.of(new Award(Designation.SPECIALIZED_SME, Level.PROVINCIAL, 2024, 2027),
                new Award(Designation.SINGLE_CHAMPION, Level.NATIONAL, 2025, 2028)));
        var specialised = new Firm(e, Set.of(), List.of(new Award(Designation.SPECIALIZED_SME, Level.PROVINCIAL, 2024, 2027)));
        assertThat(Promotions.candidates(List.of(champion), "t", List.of(rule), 2026, 5)).isEmpty();
        assertThat(Promotions.candidates(List.of(specialised), "t", List.of(rule), 2026, 5)).hasSize(1);
    }

    static List<String> unmet(PromotionRule rule, double revenue, double rd) {
        var e = new Enterprise("X", "x", Scale.MEDIUM, 2010, revenue, rd, 300, 10.0, 10.0, false);
        var firm = new Firm(e, Set.of(), List.of(new Award(Designation.SPECIALIZED_SME, Level.PROVINCIAL, 2024, 2027)));
        return Promotions.candidates(List.of(firm), "t", List.of(rule), 2026, 5).get(0).unmet();
    }
}
