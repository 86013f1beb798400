package org.chaingraph.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Test;

class PairingPlannerTest {

    @Test
    void greedyByScoreUnderBothCapsWithDeterministicTies() {
        var pairs = List.of(pair("D2", "S1", 0.9), pair("D1", "S1", 0.9), pair("D1", "S2", 0.8), pair("D2", "S2", 0.5),
                pair("D1", "S3", 0.5), pair("D2", "S3", 0.5));

        // Ties at 0.9: D1 first; S1 is then full (perSupplier 1), so D2 waits for S2 or S3.
        assertThat(names(PairingPlanner.plan(pairs, 5, 1))).containsExactly("D1-S1", "D1-S2", "D1-S3");
        assertThat(names(PairingPlanner.plan(pairs, 1, 1))).containsExactly("D1-S1", "D2-S2");
        assertThat(names(PairingPlanner.plan(pairs, 2, 2))).containsExactly("D1-S1", "D2-S1", "D1-S2", "D2-S2");
        var reversed = new ArrayList<>(pairs);
        Collections.reverse(reversed);
        assertThat(names(PairingPlanner.plan(reversed, 2, 2))).isEqualTo(names(PairingPlanner.plan(pairs, 2, 2)));
        assertThat(PairingPlanner.plan(List.of(), 5, 3)).isEmpty();
    }

    static List<String> names(List<Pairing> pairings) {
        return pairings.stream().map(p -> p.demand().uscc() + "-" + p.supplier().uscc()).toList();
    }

    static Pairing pair(String demand, String supplier, double score) {
        return new Pairing(enterprise(demand), enterprise(supplier), score, List.of());
    }

    static Enterprise enterprise(String uscc) {
        return new Enterprise(uscc, uscc, Scale.SMALL, null, null, null, null, null, null, false);
    }
}
