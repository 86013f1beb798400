package org.chaingraph.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.enterprises.Designation.LITTLE_GIANT;
import static org.chaingraph.enterprises.Designation.SPECIALIZED_SME;
import static org.chaingraph.enterprises.Level.MUNICIPAL;
import static org.chaingraph.enterprises.Level.NATIONAL;

import java.util.List;
import java.util.Set;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Test;

class TallyTest {

    static Firm firm(String uscc, Award... awards) {
        return new Firm(new Enterprise(uscc, uscc, Scale.SMALL, 2015, 1000.0, 3.0, 50, 1.0, 1.0, false), Set.of(), List.of(awards));
    }

    final List<Firm> firms = List.of(
            firm("A", new Award(SPECIALIZED_SME, MUNICIPAL, 2021, 2024)),
            firm("B", new Award(SPECIALIZED_SME, MUNICIPAL, 2024, 2027)),
            firm("C", new Award(LITTLE_GIANT, MUNICIPAL, 2023, 2026), new Award(LITTLE_GIANT, NATIONAL, 2026, 2029)),
            firm("D", new Award(LITTLE_GIANT, NATIONAL, 2025, 2028)));

    @Test
    void expiredAwardsAreNotCounted() {
        assertThat(count(Tally.counts(firms, 2026), SPECIALIZED_SME)).isEqualTo(1);
        assertThat(count(Tally.counts(firms, 2024), SPECIALIZED_SME)).isEqualTo(2);
    }

    @Test
    void newCountsFirstAwardsSinceTheBaseYearAtTheTargetsLevel() {
        var national = new Target("t", LITTLE_GIANT, List.of(), NATIONAL, 2027, 10, Basis.NEW, 2025, null, Target.Status.FINAL);
        var anyLevel = new Target("u", LITTLE_GIANT, List.of(), null, 2027, 10, Basis.NEW, 2025, null, Target.Status.FINAL);
        // C's first national award is 2026, but its first award at any level is 2023.
        assertThat(Tally.progress(national, firms, 2026).actual()).isEqualTo(2);
        assertThat(Tally.progress(anyLevel, firms, 2026).actual()).isEqualTo(1);
        assertThat(Tally.progress(national, firms, 2025).actual()).isEqualTo(1);
    }

    @Test
    void cumulativeCountsHoldersValidInTheYearAtTheLevel() {
        var target = new Target("t", LITTLE_GIANT, List.of(), MUNICIPAL, 2027, 4, Basis.CUMULATIVE, null, null, Target.Status.FINAL);
        var progress = Tally.progress(target, firms, 2026);
        assertThat(progress.actual()).isEqualTo(1);
        assertThat(progress.progress()).isEqualTo(0.25);
        assertThat(Tally.progress(target, firms, 2027).actual()).isZero();
    }

    static int count(List<DesignationCount> counts, Designation d) {
        return counts.stream().filter(c -> c.designation() == d).findFirst().orElseThrow().count();
    }

    @Test
    void aTargetOfSeveralDesignationsCountsEachFirmOnce() {
        var gazelleAndUnicorn = firm("A", new Award(Designation.GAZELLE, null, 2025, 2027), new Award(Designation.UNICORN, null, 2026, 2028));
        var potentialUnicorn = firm("B", new Award(Designation.POTENTIAL_UNICORN, null, 2026, 2028));
        var potentialGazelle = firm("C", new Award(Designation.POTENTIAL_GAZELLE, null, 2026, 2028));
        var all = List.of(gazelleAndUnicorn, potentialUnicorn, potentialGazelle);
        // 重庆: 累计培育（潜在）独角兽和瞪羚等优质企业300家以上.
        var target = new Target("cq", Designation.GAZELLE, List.of(Designation.POTENTIAL_UNICORN, Designation.UNICORN), null, 2027, 300,
                Basis.CUMULATIVE, null, "渝经信中小〔2025〕38号", Target.Status.FINAL);
        assertThat(Tally.progress(target, all, 2026).actual()).as("A once, B; not C").isEqualTo(2);
        assertThat(Tally.progress(target, all, 2026).designations())
                .containsExactly(Designation.GAZELLE, Designation.POTENTIAL_UNICORN, Designation.UNICORN);
        var newOnes = new Target("cq-new", Designation.GAZELLE, List.of(Designation.UNICORN), null, 2027, 10, Basis.NEW, 2026, null,
                Target.Status.DRAFT);
        assertThat(Tally.progress(newOnes, all, 2026).actual()).as("A's first award (2025) is before the base year").isZero();
        assertThat(Tally.progress(newOnes, all, 2026).status()).isEqualTo(Target.Status.DRAFT);
    }
}
