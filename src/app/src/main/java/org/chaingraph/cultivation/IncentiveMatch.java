package org.chaingraph.cultivation;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;

/**
 * An incentive an enterprise qualifies for in a year. {@code superseded}: another incentive of the
 * same exclusive group pays more (从优、就高、不重复), named by {@code supersededBy}.
 */
public record IncentiveMatch(String id, String name, double amount, Trigger trigger, boolean superseded, String supersededBy,
                             String source, Designation designation, Level level, String exclusiveGroup, String regionCode,
                             int awardYear) {

    static IncentiveMatch of(Incentive incentive, int awardYear, String supersededBy) {
        return new IncentiveMatch(incentive.id(), incentive.name(), incentive.amount(), incentive.trigger(), supersededBy != null,
                supersededBy, incentive.source(), incentive.designation(), incentive.level(), incentive.exclusiveGroup(),
                incentive.regionCode(), awardYear);
    }
}
