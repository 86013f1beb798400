package org.chaingraph.cultivation;

/**
 * What one incentive costs in a year: the firms it applies to (not superseded), those for whom it
 * is superseded by a larger award of its exclusive group, and the sum of its maximum amount over
 * the firms it applies to.
 */
public record IncentiveBudget(Incentive incentive, int firmCount, int supersededCount, double totalAmount) {
}
