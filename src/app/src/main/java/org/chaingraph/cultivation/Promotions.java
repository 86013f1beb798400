package org.chaingraph.cultivation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.chaingraph.enterprises.Designation;

/**
 * Promotion candidates as a pure function of the firms, the rules and the year. Order: firms that
 * qualify first, then by target designation (ladder order), then fewer unmet criteria, then USCC.
 */
public final class Promotions {

    private Promotions() {
    }

    public static List<PromotionCandidate> candidates(List<Firm> firms, String ruleSet, List<PromotionRule> rules, int year,
                                                      int nearMissMaxUnmet) {
        var candidates = new ArrayList<PromotionCandidate>();
        for (PromotionRule rule : rules) {
            for (Firm firm : firms) {
                holdsStepBelow(firm, rule, year).ifPresent(from -> {
                    var unmet = new ArrayList<String>();
                    var met = new ArrayList<String>();
                    for (Criterion criterion : rule.criteria()) {
                        criterion.unmet(firm.enterprise(), year).ifPresentOrElse(unmet::add, () -> {
                            if (criterion.when() == null || applies(criterion, firm, year)) {
                                met.add(criterion.describe());
                            }
                        });
                    }
                    if (unmet.size() <= nearMissMaxUnmet) {
                        candidates.add(new PromotionCandidate(firm.enterprise(), rule.to(), rule.toName(), from, List.copyOf(unmet),
                                List.copyOf(met), rule.unchecked(), ruleSet, rule.source()));
                    }
                });
            }
        }
        return sorted(candidates);
    }

    static List<PromotionCandidate> sorted(List<PromotionCandidate> candidates) {
        return candidates.stream().sorted(ORDER).toList();
    }

    static final Comparator<PromotionCandidate> ORDER = Comparator.comparing((PromotionCandidate c) -> !c.qualifies())
            .thenComparing(PromotionCandidate::to).thenComparing(c -> c.unmet().size()).thenComparing(c -> c.enterprise().uscc());

    /**
     * The step below the rule's designation the firm holds valid in the year, unless it already
     * holds the designation or a step as high on the same ladder (a 单项冠军 whose 小巨人 lapsed is
     * not a 小巨人 candidate).
     */
    private static Optional<Designation> holdsStepBelow(Firm firm, PromotionRule rule, int year) {
        boolean holdsTarget = firm.awards().stream().anyMatch(a -> a.validIn(year) && (a.designation() == rule.to()
                || a.designation().ladder() == rule.to().ladder() && a.designation().step() >= rule.to().step()));
        if (holdsTarget) {
            return Optional.empty();
        }
        return rule.from().stream().filter(d -> firm.awards().stream().anyMatch(a -> a.designation() == d && a.validIn(year))).findFirst();
    }

    private static boolean applies(Criterion criterion, Firm firm, int year) {
        Double band = criterion.when().field().of(firm.enterprise(), year);
        return band != null && criterion.when().contains(band);
    }
}
