package org.chaingraph.clusters;

import org.chaingraph.enterprises.UsccArgument;
import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.graphql.NotFoundException;
import org.chaingraph.graphql.YearArgument;
import org.springframework.stereotype.Service;

/** Joining and leaving clusters: role EDITOR (declared in the schema); unknown ids are NOT_FOUND, a duplicate or absent membership BAD_REQUEST. */
@Service
public final class ClusterMemberships {

    private final ClusterRepository clusters;

    ClusterMemberships(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    public MembershipChange join(String clusterId, String uscc, Integer since, MembershipRole role) {
        UsccArgument.require("uscc", uscc);
        // No year given: the membership starts this year.
        int year = since == null ? YearArgument.orThisYear(null) : YearArgument.require("since", since);
        return clusters.join(clusterId, uscc, year, role == null ? MembershipRole.MEMBER : role, current -> {
            requireBoth(current, clusterId, uscc);
            if (current.role() != null) {
                throw new BadRequestException("uscc", "enterprise " + uscc + " is already a member of cluster " + clusterId);
            }
        });
    }

    public MembershipChange leave(String clusterId, String uscc) {
        UsccArgument.require("uscc", uscc);
        return clusters.leave(clusterId, uscc, current -> {
            requireBoth(current, clusterId, uscc);
            if (current.role() == null) {
                throw new BadRequestException("uscc", "enterprise " + uscc + " is not a member of cluster " + clusterId);
            }
        });
    }

    private static void requireBoth(MembershipChange current, String clusterId, String uscc) {
        if (current.cluster() == null) {
            throw new NotFoundException("clusterId", "cluster " + clusterId);
        }
        if (current.enterprise() == null) {
            throw new NotFoundException("uscc", "enterprise " + uscc);
        }
    }
}
