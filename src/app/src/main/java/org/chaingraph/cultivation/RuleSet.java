package org.chaingraph.cultivation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.chaingraph.enterprises.Designation;

/**
 * A version of the published promotion rules, in force from {@code effective}. Renewals (复核) of the
 * designations in {@code renewalDesignations} (all when empty) whose award ends in a year of this set
 * are judged by the set {@code renewalRuleSet} names (this one when null), for the reason
 * {@code renewalSource} gives; other renewals by this set.
 */
public record RuleSet(String id, String name, LocalDate effective, String source, String note, List<PromotionRule> rules,
                      String renewalRuleSet, String renewalSource, Set<Designation> renewalDesignations) {

    /** Whether a renewal of {@code designation} in this set's years is judged by another rule set. */
    public boolean renewsUnderAnother(Designation designation) {
        return renewalRuleSet != null && (renewalDesignations.isEmpty() || renewalDesignations.contains(designation));
    }
}
