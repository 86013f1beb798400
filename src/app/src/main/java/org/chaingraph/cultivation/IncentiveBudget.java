package org.chaingraph.cultivation;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;

/**
 * What one incentive costs in a year: the firms it applies to (not superseded), those for whom it
 * is superseded by a larger award of its exclusive group, and the sum of its maximum amount over
 * the firms it applies to.
 */
public record IncentiveBudget(Incentive incentive, int firmCount, int supersededCount, double totalAmount) {

    // A finance office reads a budget line flat: the incentive's own fields sit beside the counts.

    public String id() {
        return incentive.id();
    }

    public String name() {
        return incentive.name();
    }

    public Designation designation() {
        return incentive.designation();
    }

    public Level level() {
        return incentive.level();
    }

    public String trigger() {
        return incentive.trigger().name();
    }

    public double amount() {
        return incentive.amount();
    }

    public String exclusiveGroup() {
        return incentive.exclusiveGroup();
    }

    public String regionCode() {
        return incentive.regionCode();
    }

    public String source() {
        return incentive.source();
    }
}
