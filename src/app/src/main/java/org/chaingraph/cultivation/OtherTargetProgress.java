package org.chaingraph.cultivation;

import org.chaingraph.enterprises.Level;

/**
 * A target that counts something other than designation holders, with its actual figure:
 * chain leaders (链主), firms with revenue ≥ {@code minRevenue} (百亿级企业), or clusters of a type at a
 * level (or at {@code minLevel} and above). Always CUMULATIVE: the dataset records no year for them.
 */
public record OtherTargetProgress(String id, TargetKind kind, Double minRevenue, String clusterType, Level level, Level minLevel, int year,
                                  int count, int actual, double progress, String source, Target.Status status) {

    static OtherTargetProgress of(Target target, int actual) {
        return new OtherTargetProgress(target.id(), target.kind(), target.minRevenue(), target.clusterType(), target.level(),
                target.minLevel(), target.year(), target.count(), actual, target.count() == 0 ? 0.0 : (double) actual / target.count(),
                target.source(), target.status());
    }
}
