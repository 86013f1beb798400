package org.chaingraph.clusters;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
final class ClusterMembershipController {

    private final ClusterMemberships memberships;

    ClusterMembershipController(ClusterMemberships memberships) {
        this.memberships = memberships;
    }

    @MutationMapping
    MembershipChange joinCluster(@Argument String clusterId, @Argument String uscc, @Argument Integer since, @Argument MembershipRole role,
                                 GraphQLContext context) {
        return memberships.join(context, clusterId, uscc, since, role);
    }

    @MutationMapping
    MembershipChange leaveCluster(@Argument String clusterId, @Argument String uscc, GraphQLContext context) {
        return memberships.leave(context, clusterId, uscc);
    }
}
