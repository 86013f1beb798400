package org.chaingraph.clusters;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.chaingraph.enterprises.Designation;
import org.chaingraph.graphql.Loaders;
import org.chaingraph.graphql.Page;
import org.chaingraph.graphql.YearArgument;
import org.springframework.stereotype.Component;

/**
 * {@code cluster(id)}: when the query selects one {@code members} page of it, the cluster and that
 * page come in one statement, which primes the members' loader — a cluster page costs one round
 * trip rather than two. Arguments the members field would refuse are left to it, so its error
 * keeps its own path.
 */
@Component
final class ClusterLookup {

    /** The members' loader, registered by {@link ClusterController}. */
    static final String MEMBERS = "clusterMembers";

    private final ClusterRepository clusters;

    ClusterLookup(ClusterRepository clusters) {
        this.clusters = clusters;
    }

    Cluster cluster(String id, DataFetchingEnvironment environment) {
        List<SelectedField> members = environment.getSelectionSet().getImmediateFields().stream()
                .filter(field -> field.getName().equals("members")).toList();
        MembersKey.Query query = members.size() == 1 && environment.getDataLoader(MEMBERS) != null
                ? query(members.get(0).getArguments()) : null;
        if (query == null) {
            return clusters.byId(id).orElse(null);
        }
        return clusters.byIdWithMembers(id, query).map(found -> {
            Loaders.prime(environment, MEMBERS,
                    new MembersKey(found.cluster().id(), query.page(), query.designation(), query.role(), query.year()), found.members());
            return found.cluster();
        }).orElse(null);
    }

    /** The members field's arguments as its loader's key, or null when the field would refuse them. */
    private static MembersKey.Query query(Map<String, Object> arguments) {
        try {
            Object designation = arguments.get("designation");
            Object role = arguments.get("role");
            return new MembersKey.Query(Page.of((Integer) arguments.get("first"), (String) arguments.get("after")),
                    designation == null ? null : Designation.valueOf(designation.toString()),
                    role == null ? null : MembershipRole.valueOf(role.toString()),
                    YearArgument.orThisYear((Integer) arguments.get("year")));
        } catch (RuntimeException refused) {
            return null;
        }
    }
}
