package org.chaingraph.cultivation;

import org.chaingraph.enterprises.Designation;

/** How many enterprises hold a designation valid in the year. */
public record DesignationCount(Designation designation, Designation.Ladder ladder, int step, int count) {

    public static DesignationCount of(Designation designation, int count) {
        return new DesignationCount(designation, designation.ladder(), designation.step(), count);
    }
}
