package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;

/**
 * The published thresholds for one designation: who may be promoted (holders of a {@code from}
 * designation valid in the year), the criteria the dataset can check, and those it cannot.
 */
public record PromotionRule(Designation to, String toName, List<Designation> from, List<Criterion> criteria, List<String> unchecked,
                            String source) {
}
