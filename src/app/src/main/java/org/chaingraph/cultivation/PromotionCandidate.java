package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;

/**
 * An enterprise one step below {@code to}: it meets every checkable criterion (unmet empty), or it
 * is a near miss and {@code unmet} names what it lacks. {@code uncheckedCriteria}: published
 * criteria the dataset cannot tell, so "qualifies" means "qualifies on what we can check".
 */
public record PromotionCandidate(Enterprise enterprise, Designation to, String toName, Designation from, List<String> unmet,
                                 List<String> met, List<String> uncheckedCriteria, String ruleSet, String source) {

    public boolean qualifies() {
        return unmet.isEmpty();
    }
}
