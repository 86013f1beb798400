package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;

/**
 * The high-growth pyramid (上海 "4321"): each step holds at least as many firms as the step above,
 * potential gazelle ≥ gazelle ≥ potential unicorn ≥ unicorn.
 */
public record Pyramid(boolean ok, List<DesignationCount> counts) {

    static final List<Designation> STEPS = List.of(Designation.POTENTIAL_GAZELLE, Designation.GAZELLE, Designation.POTENTIAL_UNICORN,
            Designation.UNICORN);

    static Pyramid of(List<DesignationCount> all) {
        var steps = STEPS.stream().map(d -> all.stream().filter(c -> c.designation() == d).findFirst().orElse(DesignationCount.of(d, 0)))
                .toList();
        boolean ok = true;
        for (int i = 1; i < steps.size(); i++) {
            ok &= steps.get(i - 1).count() >= steps.get(i).count();
        }
        return new Pyramid(ok, steps);
    }
}
