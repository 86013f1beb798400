package org.chaingraph.matchmaking;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses pairings greedily (docs/contracts.md §6): every (demander, supplier) pair by score desc, then
 * demander USCC, then supplier USCC; a pair is taken while its demander has fewer than
 * {@code perDemand} and its supplier fewer than {@code perSupplier}. Deterministic for equal scores.
 */
public final class PairingPlanner {

    public static final Comparator<Pairing> ORDER = Comparator.comparingDouble(Pairing::score).reversed()
            .thenComparing(p -> p.demand().uscc())
            .thenComparing(p -> p.supplier().uscc());

    private PairingPlanner() {
    }

    /** The chosen pairs, in the order chosen. */
    public static List<Pairing> plan(List<Pairing> candidates, int perDemand, int perSupplier) {
        Map<String, Integer> demandCounts = new HashMap<>();
        Map<String, Integer> supplierCounts = new HashMap<>();
        return candidates.stream().sorted(ORDER).filter(p -> {
            int d = demandCounts.getOrDefault(p.demand().uscc(), 0);
            int s = supplierCounts.getOrDefault(p.supplier().uscc(), 0);
            if (d >= perDemand || s >= perSupplier) {
                return false;
            }
            demandCounts.put(p.demand().uscc(), d + 1);
            supplierCounts.put(p.supplier().uscc(), s + 1);
            return true;
        }).toList();
    }
}
