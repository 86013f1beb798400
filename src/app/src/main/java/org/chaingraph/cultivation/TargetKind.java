package org.chaingraph.cultivation;

import java.util.Arrays;
import java.util.List;

/**
 * What a cultivation target counts (targets.csv {@code kind}): holders of designations (the
 * default; {@code CultivationReport.targets}), or — {@code CultivationReport.otherTargets} — chain
 * leaders (链主), firms with at least a revenue (百亿级企业), clusters by type and level (集群, 园区).
 */
public enum TargetKind {
    DESIGNATION, CHAIN_LEADERS, REVENUE_TIER, CLUSTERS;

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
