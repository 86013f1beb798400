package org.chaingraph.cultivation;

import java.time.LocalDate;
import java.util.List;

import org.chaingraph.regions.Region;

/**
 * docs/contracts.md §6 "Cultivation" for a region (and every region below it) in a year; {@code otherTargets}
 * are the region's targets that count chain leaders, revenue tiers or clusters.
 */
public record CultivationReport(Region region, int year, LocalDate asOf, List<DesignationCount> counts, List<TargetProgress> targets,
                                List<OtherTargetProgress> otherTargets, Pyramid pyramid, List<PromotionCandidate> candidates, RuleSet ruleSet,
                                PromotionRules.RegionRules highGrowthRules) {
}
