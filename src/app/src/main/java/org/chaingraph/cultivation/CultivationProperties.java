package org.chaingraph.cultivation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rules            where the promotion rules are (a Spring resource location)
 * @param nearMissMaxUnmet a firm one step below that misses at most this many checkable criteria is a near miss
 */
@ConfigurationProperties("chaingraph.cultivation")
public record CultivationProperties(
        @DefaultValue("classpath:cultivation/promotion-rules.yml") String rules,
        @DefaultValue("1") int nearMissMaxUnmet) {
}
