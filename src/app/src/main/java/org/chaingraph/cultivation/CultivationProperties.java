package org.chaingraph.cultivation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param rules            where the promotion rules are (a Spring resource location)
 * @param nearMissMaxUnmet a firm one step below that misses at most this many checkable criteria is a near miss
 * @param entryNearMissShortfall an entry candidate (入库, 达规) is a near miss only when each criterion it misses is
 *                         at most this far off, relative to the threshold (0.25: 1500万 for a 2000万 line) —
 *                         ChainGraph's own window, not a published figure, so a province's list stays the firms
 *                         worth a visit
 */
@ConfigurationProperties("chaingraph.cultivation")
public record CultivationProperties(
        @DefaultValue("classpath:cultivation/promotion-rules.yml") String rules,
        @DefaultValue("1") int nearMissMaxUnmet,
        @DefaultValue("0.25") double entryNearMissShortfall) {
}
