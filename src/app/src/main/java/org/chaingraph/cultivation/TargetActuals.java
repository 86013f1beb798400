package org.chaingraph.cultivation;

import java.util.List;

import org.chaingraph.enterprises.Level;
import org.chaingraph.graphql.NodeValues;
import org.neo4j.driver.Record;

/**
 * What the non-designation targets of a region count, over the region and every region below it
 * ({@code cypher/cultivation/target-actuals}): its chain leaders and its clusters.
 */
public record TargetActuals(int chainLeaders, List<ClusterLevel> clusters) {

    public record ClusterLevel(String type, Level level) {
    }

    static TargetActuals of(Record row) {
        return new TargetActuals(row.get("chainLeaders").asInt(), row.get("clusters").asList(v ->
                new ClusterLevel(v.get("type").asString(), NodeValues.constant(v.get("level"), Level.class))));
    }

    /** A target of kind CHAIN_LEADERS, REVENUE_TIER or CLUSTERS against these actuals and the region's firms. */
    OtherTargetProgress progress(Target target, List<Firm> firms) {
        int actual = switch (target.kind()) {
            case CHAIN_LEADERS -> chainLeaders;
            case REVENUE_TIER -> (int) firms.stream()
                    .filter(f -> f.enterprise().revenue() != null && f.enterprise().revenue() >= target.minRevenue()).count();
            case CLUSTERS -> (int) clusters.stream().filter(c -> counts(target, c)).count();
            case DESIGNATION -> throw new IllegalArgumentException(target.id() + " counts designation holders");
        };
        return OtherTargetProgress.of(target, actual);
    }

    /** Of the target's type (any when none); at its level, or at its minimum level or above (NATIONAL is the highest). */
    private static boolean counts(Target target, ClusterLevel cluster) {
        if (target.clusterType() != null && !target.clusterType().equals(cluster.type())) {
            return false;
        }
        if (target.level() != null) {
            return target.level() == cluster.level();
        }
        return target.minLevel() == null || cluster.level() != null && cluster.level().ordinal() <= target.minLevel().ordinal();
    }
}
