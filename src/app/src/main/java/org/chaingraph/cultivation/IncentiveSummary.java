package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.regions.Region;

/** The incentives offered by a region (and the regions below it) in a year, with what each costs at most. */
public record IncentiveSummary(Region region, int year, List<IncentiveBudget> incentives, int firmCount, double totalAmount) {
}
