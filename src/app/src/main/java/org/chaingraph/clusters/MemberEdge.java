package org.chaingraph.clusters;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.integer;

import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Value;

/** An edge of {@code Cluster.members}: the member and its membership. */
public record MemberEdge(String cursor, Enterprise node, MembershipRole role, Integer since) {

    /** A member row before it gets its cursor: the enterprise node and its {@code MEMBER_OF} relationship. */
    public record Row(Enterprise enterprise, MembershipRole role, Integer since) {

        public static Row of(Value enterprise, Value memberOf) {
            return new Row(Enterprise.from(enterprise), constant(memberOf.get("role"), MembershipRole.class), integer(memberOf.get("since")));
        }
    }

    public static MemberEdge of(String cursor, Row row) {
        return new MemberEdge(cursor, row.enterprise(), row.role(), row.since());
    }
}
