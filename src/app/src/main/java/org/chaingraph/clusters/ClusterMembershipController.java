package org.chaingraph.clusters;

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
    MembershipChange joinCluster(@Argument String clusterId, @Argument String uscc, @Argument Integer since, @Argument MembershipRole role) {
        return memberships.join(clusterId, uscc, since, role);
    }

    @MutationMapping
    MembershipChange leaveCluster(@Argument String clusterId, @Argument String uscc) {
        return memberships.leave(clusterId, uscc);
    }
}
