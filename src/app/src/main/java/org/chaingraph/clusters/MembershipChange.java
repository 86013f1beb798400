package org.chaingraph.clusters;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.integer;

import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Record;

/** The result of joinCluster / leaveCluster: the membership created or ended. */
public record MembershipChange(Cluster cluster, Enterprise enterprise, MembershipRole role, Integer since) {

    /** From a row with {@code cluster}, {@code enterprise} and {@code memberOf}. */
    public static MembershipChange of(Record row) {
        var memberOf = row.get("memberOf");
        return new MembershipChange(Cluster.from(row.get("cluster")), Enterprise.from(row.get("enterprise")),
                memberOf.isNull() ? null : constant(memberOf.get("role"), MembershipRole.class),
                memberOf.isNull() ? null : integer(memberOf.get("since")));
    }
}
