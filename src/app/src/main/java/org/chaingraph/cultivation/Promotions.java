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
                holdsStepBelow(firm, rule, year).flatMap(from -> judged(firm, rule, from, ruleSet, year, nearMissMaxUnmet, false))
                        .ifPresent(candidates::add);
            }
        }
        return sorted(candidates);
    }

    /**
     * Everything a national rule set proposes in {@code year}: promotions by its rules, and renewals
     * by the rules of the set that judges them ({@link RuleSet#renewsUnderAnother}).
     */
    public static List<PromotionCandidate> underRuleSet(List<Firm> firms, PromotionRules rules, RuleSet ruleSet, int year,
                                                        int nearMissMaxUnmet) {
        var all = new ArrayList<>(candidates(firms, ruleSet.id(), ruleSet.rules(), year, nearMissMaxUnmet));
        RuleSet other = rules.renewalsOf(ruleSet);
        all.addAll(renewals(firms, other.id(), other.rules().stream().filter(r -> ruleSet.renewsUnderAnother(r.to())).toList(),
                year, nearMissMaxUnmet));
        all.addAll(renewals(firms, ruleSet.id(), ruleSet.rules().stream().filter(r -> !ruleSet.renewsUnderAnother(r.to())).toList(),
                year, nearMissMaxUnmet));
        return sorted(all);
    }

    /**
     * Renewals (复核): the holders of each rule's designation whose award of it ends in {@code year},
     * judged by the rules given (the rule set that judges renewals in that year).
     */
    public static List<PromotionCandidate> renewals(List<Firm> firms, String ruleSet, List<PromotionRule> rules, int year,
                                                    int nearMissMaxUnmet) {
        var candidates = new ArrayList<PromotionCandidate>();
        for (PromotionRule rule : rules) {
            for (Firm firm : firms) {
                boolean endsThisYear = firm.awards().stream().anyMatch(a -> a.designation() == rule.to() && a.validIn(year)
                        && a.expires() != null && a.expires() == year);
                // Renewed already, or moved up the same ladder (a 小巨人 no longer needs its 专精特新 renewed).
                boolean renewedAlready = firm.awards().stream().anyMatch(a -> a.validIn(year + 1) && (a.designation() == rule.to()
                        || a.designation().ladder() == rule.to().ladder() && a.designation().step() > rule.to().step()));
                if (endsThisYear && !renewedAlready) {
                    judged(firm, rule, rule.to(), ruleSet, year, nearMissMaxUnmet, true).ifPresent(candidates::add);
                }
            }
        }
        return sorted(candidates);
    }

    /** The firm against the rule's criteria: a candidate when it misses at most {@code nearMissMaxUnmet}. */
    private static Optional<PromotionCandidate> judged(Firm firm, PromotionRule rule, Designation from, String ruleSet, int year,
                                                       int nearMissMaxUnmet, boolean renewal) {
        var unmet = new ArrayList<String>();
        var met = new ArrayList<String>();
        for (Criterion criterion : rule.criteria()) {
            criterion.unmet(firm.enterprise(), year).ifPresentOrElse(unmet::add, () -> {
                if (criterion.when() == null || applies(criterion, firm, year)) {
                    met.add(criterion.describe());
                }
            });
        }
        if (unmet.size() > nearMissMaxUnmet) {
            return Optional.empty();
        }
        return Optional.of(new PromotionCandidate(firm.enterprise(), rule.to(), rule.toName(), from, List.copyOf(unmet),
                List.copyOf(met), rule.unchecked(), ruleSet, rule.source(), renewal));
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
