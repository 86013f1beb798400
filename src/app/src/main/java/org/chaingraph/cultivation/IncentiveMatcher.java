package org.chaingraph.cultivation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;

/**
 * docs/contracts.md §6 "Incentives" as a pure function of one firm, the incentives on offer and a year.
 * Order of the result: applicable (not superseded) first, then amount descending, then id.
 */
public final class IncentiveMatcher {

    /** 连续两年增速20%以上: both growth figures at least this (%). */
    static final double SUSTAINED_GROWTH = 20.0;

    static final Comparator<IncentiveMatch> ORDER = Comparator.comparing(IncentiveMatch::superseded)
            .thenComparing(Comparator.comparingDouble(IncentiveMatch::amount).reversed())
            .thenComparing(IncentiveMatch::id);

    private IncentiveMatcher() {
    }

    public static List<IncentiveMatch> match(Firm firm, List<Incentive> offered, int year) {
        var triggered = new ArrayList<Incentive>();
        for (Incentive incentive : offered) {
            if (firm.regionCodes().contains(incentive.regionCode()) && triggers(firm, incentive, year)) {
                triggered.add(incentive);
            }
        }
        // 从优、就高、不重复: per exclusive group the largest amount wins (ties: smallest id).
        var winners = new HashMap<String, Incentive>();
        Comparator<Incentive> best = Comparator.comparingDouble(Incentive::amount).reversed().thenComparing(Incentive::id);
        for (Incentive incentive : triggered) {
            if (incentive.exclusiveGroup() != null) {
                winners.merge(incentive.exclusiveGroup(), incentive, (a, b) -> best.compare(a, b) <= 0 ? a : b);
            }
        }
        var matches = new ArrayList<IncentiveMatch>();
        for (Incentive incentive : triggered) {
            Incentive winner = incentive.exclusiveGroup() == null ? incentive : winners.get(incentive.exclusiveGroup());
            matches.add(IncentiveMatch.of(incentive, year, winner == incentive ? null : winner.id()));
        }
        matches.sort(ORDER);
        return List.copyOf(matches);
    }

    static boolean triggers(Firm firm, Incentive incentive, int year) {
        var awards = firm.awards().stream().filter(a -> a.matches(incentive.designation(), incentive.level())).toList();
        return switch (incentive.trigger()) {
            // An award in Y that is the first of its designation at its own level.
            case FIRST_AWARD -> awards.stream().anyMatch(a -> a.year() == year && firstYear(awards, a.designation(), a.level()).getAsInt() == year);
            // An award in Y with an earlier award of the designation at the same level.
            case RENEWAL -> awards.stream().anyMatch(a -> a.year() == year && firstYear(awards, a.designation(), a.level()).getAsInt() < year);
            case SUSTAINED_GROWTH -> awards.stream().anyMatch(a -> a.validIn(year)) && sustainedGrowth(firm);
            // First award (at a level) two years before, and still holding it at that level in Y.
            case RETAINED -> levels(awards).entrySet().stream().anyMatch(e -> e.getValue().stream().mapToInt(Award::year).min().getAsInt() == year - 2
                    && e.getValue().stream().anyMatch(a -> a.validIn(year)));
        };
    }

    private static boolean sustainedGrowth(Firm firm) {
        Double growth = firm.enterprise().growth();
        Double previous = firm.enterprise().growthPrev();
        return growth != null && previous != null && growth >= SUSTAINED_GROWTH && previous >= SUSTAINED_GROWTH;
    }

    private static OptionalInt firstYear(List<Award> awards, Designation designation, Level level) {
        return awards.stream().filter(a -> a.designation() == designation && a.level() == level).mapToInt(Award::year).min();
    }

    private static Map<Optional<Level>, List<Award>> levels(List<Award> awards) {
        var byLevel = new HashMap<Optional<Level>, List<Award>>();
        awards.forEach(a -> byLevel.computeIfAbsent(Optional.ofNullable(a.level()), k -> new ArrayList<>()).add(a));
        return byLevel;
    }
}
