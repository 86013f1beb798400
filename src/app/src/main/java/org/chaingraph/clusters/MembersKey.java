package org.chaingraph.clusters;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.graphql.Page;

/** The key of a batched {@code Cluster.members}: the cluster, the page and the filters. */
record MembersKey(String cluster, Page page, Designation designation, MembershipRole role, int year) {

    /** What the clusters of one statement share. */
    record Query(Page page, Designation designation, MembershipRole role, int year) {
    }

    Query query() {
        return new Query(page, designation, role, year);
    }
}
