package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;

/** A target with its actual figure in the year asked; progress = actual / count. */
public record TargetProgress(String id, Designation designation, List<Designation> designations, Level level, int year, int count,
                             int actual, double progress, Basis basis, Integer baseYear, String source, Target.Status status) {

    static TargetProgress of(Target target, int actual) {
        return new TargetProgress(target.id(), target.designation(), target.designations(), target.level(), target.year(), target.count(),
                actual, target.count() == 0 ? 0.0 : (double) actual / target.count(), target.basis(), target.baseYear(), target.source(),
                target.status());
    }
}
