package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.graphql.Edge;
import org.chaingraph.graphql.PageInfo;

/**
 * A page of entry candidates ({@link Promotions#entrants}), with how many there are in all and how
 * many of them qualify, and the rule that judged them.
 */
public record EntrantConnection(List<Edge<PromotionCandidate>> edges, PageInfo pageInfo, int totalCount, int qualifyingCount,
                                String ruleSet, String source) {
}
