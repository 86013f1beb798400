package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;

/**
 * An enterprise one step below {@code to} — or, when {@code renewal}, holding {@code to} with an
 * award that ends in the year (up for 复核; {@code from} is then {@code to}), or, for an entry rule,
 * holding no step of the ladder ({@code from} null): it meets every checkable criterion (unmet
 * empty), or it is a near miss and {@code unmet} names what it lacks. {@code uncheckedCriteria}:
 * criteria the data cannot tell for this firm (its optional figures missing) first, then those the
 * dataset never can; so "qualifies" means "qualifies on what we can check". {@code shortfall}: how
 * far the unmet criteria are off, summed relative to their thresholds (orders near misses);
 * {@code scoreLow}: the least the firm scores on the rule's scoring sheet (0 without one).
 */
public record PromotionCandidate(Enterprise enterprise, Designation to, String toName, Designation from, List<String> unmet,
                                 List<String> met, List<String> uncheckedCriteria, String ruleSet, String source, boolean renewal,
                                 double shortfall, double scoreLow) {

    public boolean qualifies() {
        return unmet.isEmpty();
    }
}
