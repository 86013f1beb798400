package org.chaingraph.cultivation;

import java.time.LocalDate;
import java.util.List;

/** A version of the published promotion rules, in force from {@code effective}. */
public record RuleSet(String id, String name, LocalDate effective, String source, String note, List<PromotionRule> rules) {
}
