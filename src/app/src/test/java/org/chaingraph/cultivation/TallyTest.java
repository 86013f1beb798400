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
        var national = new Target("t", LITTLE_GIANT, NATIONAL, 2027, 10, Basis.NEW, 2025, null);
        var anyLevel = new Target("u", LITTLE_GIANT, null, 2027, 10, Basis.NEW, 2025, null);
        // C's first national award is 2026, but its first award at any level is 2023.
        assertThat(Tally.progress(national, firms, 2026).actual()).isEqualTo(2);
        assertThat(Tally.progress(anyLevel, firms, 2026).actual()).isEqualTo(1);
        assertThat(Tally.progress(national, firms, 2025).actual()).isEqualTo(1);
    }

    @Test
    void cumulativeCountsHoldersValidInTheYearAtTheLevel() {
        var target = new Target("t", LITTLE_GIANT, MUNICIPAL, 2027, 4, Basis.CUMULATIVE, null, null);
        var progress = Tally.progress(target, firms, 2026);
        assertThat(progress.actual()).isEqualTo(1);
        assertThat(progress.progress()).isEqualTo(0.25);
        assertThat(Tally.progress(target, firms, 2027).actual()).isZero();
    }

    static int count(List<DesignationCount> counts, Designation d) {
        return counts.stream().filter(c -> c.designation() == d).findFirst().orElseThrow().count();
    }
}
