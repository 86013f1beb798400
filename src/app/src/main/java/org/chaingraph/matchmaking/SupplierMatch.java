package org.chaingraph.matchmaking;

import java.util.List;

import org.chaingraph.enterprises.Enterprise;

/** A candidate supplier with its score, in [0, 1], and the components it is the weighted sum of. */
public record SupplierMatch(Enterprise enterprise, double score, boolean existingSupplier, List<ScoreComponent> components) {

    /** The value of the component named {@code factor}. */
    public double value(String factor) {
        return components.stream().filter(c -> c.factor().equals(factor)).mapToDouble(ScoreComponent::value).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + factor));
    }
}
