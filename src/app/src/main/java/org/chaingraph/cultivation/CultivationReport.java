package org.chaingraph.cultivation;

import java.time.LocalDate;
import java.util.List;

import org.chaingraph.regions.Region;

/** DESIGN §6 "Cultivation" for a region (and every region below it) in a year. */
public record CultivationReport(Region region, int year, LocalDate asOf, List<DesignationCount> counts, List<TargetProgress> targets,
                                Pyramid pyramid, List<PromotionCandidate> candidates, RuleSet ruleSet,
                                PromotionRules.RegionRules highGrowthRules) {
}
