package org.chaingraph.matchmaking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Weights of the supplier-score components ({@code chaingraph.matchmaking.weights}); defaults
 * 0.35 segment fit, 0.25 capability fit, 0.2 quality, 0.1 proximity, 0.1 track record. Each must be
 * non-negative and they must sum to 1 (±1e-6), so a score stays in [0, 1]; a bad configuration
 * stops the start-up rather than silently rescaling every score.
 */
@ConfigurationProperties("chaingraph.matchmaking.weights")
public record MatchWeights(@DefaultValue("0.35") double segmentFit,
                           @DefaultValue("0.25") double capabilityFit,
                           @DefaultValue("0.2") double quality,
                           @DefaultValue("0.1") double proximity,
                           @DefaultValue("0.1") double trackRecord) {

    public static final MatchWeights DEFAULTS = new MatchWeights(0.35, 0.25, 0.2, 0.1, 0.1);

    public MatchWeights {
        double[] all = {segmentFit, capabilityFit, quality, proximity, trackRecord};
        double sum = 0;
        for (double weight : all) {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("chaingraph.matchmaking.weights: every weight must be a non-negative number, got " + weight);
            }
            sum += weight;
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException("chaingraph.matchmaking.weights: the weights must sum to 1, got " + sum);
        }
    }
}
