package org.chaingraph.gaps;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaingraph.cultivation.Cultivation;
import org.chaingraph.cultivation.PromotionCandidate;
import org.springframework.stereotype.Component;

/**
 * A gap's 培育 list (强链): its local operators judged against the national promotion rules of the
 * report's year — the weak local firms a planner would grow before looking elsewhere. One statement
 * per batch of segments (gaps/local-operators); the rules are {@link Cultivation}'s.
 */
@Component
final class GapCultivation {

    private final GapRepository gaps;
    private final Cultivation cultivation;

    GapCultivation(GapRepository gaps, Cultivation cultivation) {
        this.gaps = gaps;
        this.cultivation = cultivation;
    }

    Map<SegmentKey, List<PromotionCandidate>> candidates(Set<SegmentKey> keys) {
        var result = new LinkedHashMap<SegmentKey, List<PromotionCandidate>>();
        gaps.localOperators(keys).forEach((key, firms) -> result.put(key,
                cultivation.nationalCandidates(firms, key.scope().year()).stream().limit(key.first()).toList()));
        return result;
    }
}
