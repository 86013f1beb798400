package org.chaingraph.cultivation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;

import org.chaingraph.enterprises.Designation;

/** Counting firms for the cultivation report, as pure functions of the firms and the year. */
public final class Tally {

    private Tally() {
    }

    /** For every designation, ladder by ladder and step by step, the firms holding it valid in the year. */
    public static List<DesignationCount> counts(List<Firm> firms, int year) {
        // One pass over a region's firms (10^4–10^5), each firm once per designation however many awards of it are valid.
        Designation[] designations = Designation.values();
        int[] counts = new int[designations.length];
        var held = EnumSet.noneOf(Designation.class);
        for (Firm firm : firms) {
            held.clear();
            for (Award award : firm.awards()) {
                if (award.validIn(year)) {
                    held.add(award.designation());
                }
            }
            for (Designation designation : held) {
                counts[designation.ordinal()]++;
            }
        }
        return Arrays.stream(designations).map(d -> DesignationCount.of(d, counts[d.ordinal()])).toList();
    }

    public static TargetProgress progress(Target target, List<Firm> firms, int year) {
        // Each firm once, whichever of the target's designations it holds.
        List<Designation> designations = target.designations();
        int actual = (int) firms.stream().filter(f -> switch (target.basis()) {
            case CUMULATIVE -> designations.stream().anyMatch(d -> holdsValid(f, d, target.level(), year));
            case NEW -> firstAwardBetween(f, designations, target, year);
        }).count();
        return TargetProgress.of(target, actual);
    }

    private static boolean holdsValid(Firm firm, Designation designation, org.chaingraph.enterprises.Level level, int year) {
        for (Award award : firm.awards()) {
            if (award.matches(designation, level) && award.validIn(year)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Its first award of any of the target's designations (at the target's level, if given) falls in
     * base year..year; no base year = no lower bound.
     */
    private static boolean firstAwardBetween(Firm firm, List<Designation> designations, Target target, int year) {
        OptionalInt first = firm.awards().stream().filter(a -> designations.stream().anyMatch(d -> a.matches(d, target.level())))
                .mapToInt(Award::year).min();
        int from = target.baseYear() == null ? Integer.MIN_VALUE : target.baseYear();
        return first.isPresent() && first.getAsInt() >= from && first.getAsInt() <= year;
    }
}
