package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;

/**
 * An enterprise one step below {@code to} — or, when {@code renewal}, holding {@code to} with an
 * award that ends in the year (up for 复核; {@code from} is then {@code to}): it meets every
 * checkable criterion (unmet empty), or it is a near miss and {@code unmet} names what it lacks.
 * {@code uncheckedCriteria}: published criteria the dataset cannot tell, so "qualifies" means
 * "qualifies on what we can check".
 */
public record PromotionCandidate(Enterprise enterprise, Designation to, String toName, Designation from, List<String> unmet,
                                 List<String> met, List<String> uncheckedCriteria, String ruleSet, String source, boolean renewal) {

    public boolean qualifies() {
        return unmet.isEmpty();
    }
}
