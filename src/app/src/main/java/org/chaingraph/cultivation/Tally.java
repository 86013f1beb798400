package org.chaingraph.cultivation;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import org.chaingraph.enterprises.Designation;

/** Counting firms for the cultivation report, as pure functions of the firms and the year. */
public final class Tally {

    private Tally() {
    }

    /** For every designation, ladder by ladder and step by step, the firms holding it valid in the year. */
    public static List<DesignationCount> counts(List<Firm> firms, int year) {
        return Arrays.stream(Designation.values())
                .map(d -> DesignationCount.of(d, (int) firms.stream().filter(f -> holdsValid(f, d, null, year)).count()))
                .toList();
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
        return firm.awards().stream().anyMatch(a -> a.matches(designation, level) && a.validIn(year));
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
