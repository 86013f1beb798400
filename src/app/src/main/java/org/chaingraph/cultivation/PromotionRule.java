package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;

/**
 * The published thresholds for one designation: who may be promoted (holders of a {@code from}
 * designation valid in the year; none for an entry rule — 入库, 达规 — which judges every firm that
 * holds no step of the ladder yet), the criteria the dataset can check, an optional scoring sheet,
 * and the criteria it cannot check.
 */
public record PromotionRule(Designation to, String toName, List<Designation> from, List<Criterion> criteria, Score score,
                            List<String> unchecked, String source) {

    public PromotionRule(Designation to, String toName, List<Designation> from, List<Criterion> criteria, List<String> unchecked,
                         String source) {
        this(to, toName, from, criteria, null, unchecked, source);
    }

    /** An entry rule: the first step of a ladder, open to firms holding none of it. */
    public boolean entry() {
        return from.isEmpty();
    }
}
