package org.chaingraph.clusters;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.integer;

import org.neo4j.driver.Value;

/** An enterprise's membership of a cluster, seen from the enterprise. */
public record Membership(Cluster cluster, MembershipRole role, Integer since) {

    /** @param memberOf the {@code MEMBER_OF} relationship */
    public static Membership of(Value cluster, Value memberOf) {
        return new Membership(Cluster.from(cluster), constant(memberOf.get("role"), MembershipRole.class), integer(memberOf.get("since")));
    }
}
