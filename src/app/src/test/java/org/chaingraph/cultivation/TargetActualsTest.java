package org.chaingraph.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.enterprises.Level.MUNICIPAL;
import static org.chaingraph.enterprises.Level.NATIONAL;
import static org.chaingraph.enterprises.Level.PROVINCIAL;

import java.util.List;
import java.util.Set;

import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.enterprises.Level;
import org.chaingraph.enterprises.Scale;
import org.junit.jupiter.api.Test;

/** Targets that count chain leaders, a revenue tier or clusters (嘉兴 链主 15, 重庆 百亿级 40, 嘉兴 集群 12). */
class TargetActualsTest {

    static Target target(TargetKind kind, Double minRevenue, String clusterType, Level level, Level minLevel) {
        return new Target("t", null, List.of(), level, 2028, 10, Basis.CUMULATIVE, null, null, Target.Status.FINAL, kind, minRevenue,
                clusterType, minLevel);
    }

    static Firm firm(Double revenue) {
        return new Firm(new Enterprise("X" + revenue, "x", Scale.LARGE, 2000, revenue, 1.0, 10, 1.0, 1.0, false), Set.of(), List.of());
    }

    final TargetActuals actuals = new TargetActuals(3, List.of(
            new TargetActuals.ClusterLevel("SME_SPECIALTY", NATIONAL),
            new TargetActuals.ClusterLevel("SME_SPECIALTY", PROVINCIAL),
            new TargetActuals.ClusterLevel("SME_SPECIALTY", MUNICIPAL),
            new TargetActuals.ClusterLevel("SRDI_PARK", null)));

    @Test
    void chainLeadersAreCountedAsTheStatementFoundThem() {
        var progress = actuals.progress(target(TargetKind.CHAIN_LEADERS, null, null, null, null), List.of());
        assertThat(progress.actual()).isEqualTo(3);
        assertThat(progress.progress()).isEqualTo(0.3);
    }

    @Test
    void aRevenueTierCountsFirmsAtOrAboveItAndNotThoseWithoutAFigure() {
        var tier = target(TargetKind.REVENUE_TIER, 1_000_000.0, null, null, null);
        assertThat(actuals.progress(tier, List.of(firm(1_000_000.0), firm(999_999.9), firm(2_500_000.0), firm(null))).actual()).isEqualTo(2);
    }

    @Test
    void clustersByTypeAndByExactOrMinimumLevel() {
        assertThat(actuals.progress(target(TargetKind.CLUSTERS, null, "SME_SPECIALTY", null, PROVINCIAL), List.of()).actual())
                .as("省级以上").isEqualTo(2);
        assertThat(actuals.progress(target(TargetKind.CLUSTERS, null, "SME_SPECIALTY", MUNICIPAL, null), List.of()).actual()).isEqualTo(1);
        assertThat(actuals.progress(target(TargetKind.CLUSTERS, null, "SRDI_PARK", null, null), List.of()).actual()).isEqualTo(1);
        assertThat(actuals.progress(target(TargetKind.CLUSTERS, null, "SRDI_PARK", null, PROVINCIAL), List.of()).actual())
                .as("a cluster without a level is at no level").isZero();
        assertThat(actuals.progress(target(TargetKind.CLUSTERS, null, null, null, null), List.of()).actual()).isEqualTo(4);
    }
}
