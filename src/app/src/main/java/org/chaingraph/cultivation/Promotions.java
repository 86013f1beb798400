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
        for (PromotionRule rule : rules.stream().filter(r -> !r.entry()).toList()) {
            for (Firm firm : firms) {
                holdsStepBelow(firm, rule, year)
                        .flatMap(from -> judged(firm, rule, from, ruleSet, year, nearMissMaxUnmet, Double.POSITIVE_INFINITY, false))
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
                // Renewed already, or moved up the same ladder (a 小巨人 no longer needs its 专精特新 renewed).
                if (endsIn(firm, rule.to(), year) && !holds(firm, rule.to(), year + 1, false)) {
                    judged(firm, rule, rule.to(), ruleSet, year, nearMissMaxUnmet, Double.POSITIVE_INFINITY, true).ifPresent(candidates::add);
                }
            }
        }
        return sorted(candidates);
    }

    /**
     * Entry candidates (入库/达规 lists) for {@code rule}, an entry rule: every firm holding no step of
     * its ladder as high as {@code to} in {@code year} that meets its checkable criteria, then near
     * misses — at most {@code nearMissMaxUnmet} criteria unmet, each within {@code maxShortfall} of
     * its threshold (0.25: revenue ≥ 1500万 for a 2000万 line) — nearest first.
     */
    public static List<PromotionCandidate> entrants(List<Firm> firms, String ruleSet, PromotionRule rule, int year, int nearMissMaxUnmet,
                                                    double maxShortfall) {
        if (!rule.entry()) {
            throw new IllegalArgumentException(rule.to() + " is not an entry rule");
        }
        var candidates = new ArrayList<PromotionCandidate>();
        for (Firm firm : firms) {
            if (!holdsAsHigh(firm, rule.to(), year)) {
                judged(firm, rule, null, ruleSet, year, nearMissMaxUnmet, maxShortfall, false).ifPresent(candidates::add);
            }
        }
        return candidates.stream().sorted(ENTRANT_ORDER).toList();
    }

    /**
     * The firm against the rule's criteria: a candidate when it misses at most {@code nearMissMaxUnmet},
     * each by at most {@code maxShortfall} (relative to the threshold).
     */
    private static Optional<PromotionCandidate> judged(Firm firm, PromotionRule rule, Designation from, String ruleSet, int year,
                                                       int nearMissMaxUnmet, double maxShortfall, boolean renewal) {
        var unmet = new ArrayList<String>();
        var met = new ArrayList<String>();
        var unknown = new ArrayList<String>();
        double shortfall = 0;
        var verdicts = new ArrayList<Criterion.Verdict>();
        for (Criterion criterion : rule.criteria()) {
            verdicts.add(criterion.judge(firm.enterprise(), year));
        }
        if (rule.score() != null) {
            verdicts.add(rule.score().judge(firm.enterprise(), year));
        }
        for (Criterion.Verdict verdict : verdicts) {
            if (verdict instanceof Criterion.Verdict.Met m) {
                met.add(m.how());
            } else if (verdict instanceof Criterion.Verdict.Unmet u) {
                if (u.shortfall() > maxShortfall) {
                    return Optional.empty();
                }
                unmet.add(u.reason());
                shortfall += u.shortfall();
            } else if (verdict instanceof Criterion.Verdict.Unknown u) {
                unknown.add(u.what());
            }
        }
        if (unmet.size() > nearMissMaxUnmet) {
            return Optional.empty();
        }
        // A province's entry list holds tens of thousands of candidates: share the rule's list when nothing is added.
        List<String> unchecked = rule.unchecked();
        if (!unknown.isEmpty()) {
            var all = new ArrayList<>(unknown);
            all.addAll(rule.unchecked());
            unchecked = List.copyOf(all);
        }
        return Optional.of(new PromotionCandidate(firm.enterprise(), rule.to(), rule.toName(), from, List.copyOf(unmet),
                List.copyOf(met), unchecked, ruleSet, rule.source(), renewal, shortfall,
                rule.score() == null ? 0 : rule.score().of(firm.enterprise(), year).total().low()));
    }

    static List<PromotionCandidate> sorted(List<PromotionCandidate> candidates) {
        return candidates.stream().sorted(ORDER).toList();
    }

    static final Comparator<PromotionCandidate> ORDER = Comparator.comparing((PromotionCandidate c) -> !c.qualifies())
            .thenComparing(PromotionCandidate::to).thenComparing(c -> c.unmet().size()).thenComparing(c -> c.enterprise().uscc());

    /**
     * Entrants: qualifying first, then fewer unmet, then the nearest, then fewer unchecked, then the
     * higher score the data proves, then USCC.
     */
    static final Comparator<PromotionCandidate> ENTRANT_ORDER = Comparator.comparing((PromotionCandidate c) -> !c.qualifies())
            .thenComparing(c -> c.unmet().size()).thenComparingDouble(PromotionCandidate::shortfall)
            .thenComparing(c -> c.uncheckedCriteria().size()).thenComparing(PromotionCandidate::scoreLow, Comparator.reverseOrder())
            .thenComparing(c -> c.enterprise().uscc());

    /**
     * The step below the rule's designation the firm holds valid in the year, unless it already
     * holds the designation or a step as high on the same ladder (a 单项冠军 whose 小巨人 lapsed is
     * not a 小巨人 candidate).
     */
    private static Optional<Designation> holdsStepBelow(Firm firm, PromotionRule rule, int year) {
        if (firm.awards().isEmpty() || holdsAsHigh(firm, rule.to(), year)) {
            return Optional.empty();
        }
        for (Designation from : rule.from()) {
            for (Award award : firm.awards()) {
                if (award.designation() == from && award.validIn(year)) {
                    return Optional.of(from);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the firm holds {@code to}, or a step as high on its ladder, valid in the year. */
    private static boolean holdsAsHigh(Firm firm, Designation to, int year) {
        return holds(firm, to, year, true);
    }

    /**
     * Whether the firm holds, valid in the year, {@code designation} itself or a step of its ladder
     * above it ({@code orAsHigh}: or another designation at the same step of that ladder).
     */
    private static boolean holds(Firm firm, Designation designation, int year, boolean orAsHigh) {
        // Plain loops: called for every firm of a region (10^4–10^5) and every rule.
        for (Award award : firm.awards()) {
            Designation held = award.designation();
            if (award.validIn(year) && (held == designation || held.ladder() == designation.ladder()
                    && (held.step() > designation.step() || orAsHigh && held.step() == designation.step()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the firm's award of {@code designation} valid in the year expires in that year. */
    private static boolean endsIn(Firm firm, Designation designation, int year) {
        for (Award award : firm.awards()) {
            if (award.designation() == designation && award.validIn(year) && award.expires() != null && award.expires() == year) {
                return true;
            }
        }
        return false;
    }
}
