package org.chaingraph.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chaingraph.chains.Chain;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.regions.Region;
import org.springframework.stereotype.Repository;

/** Clusters and their relations; relation methods answer a whole batch with one statement. */
@Repository
public final class ClusterRepository {

    private final Graph graph;

    public ClusterRepository(Graph graph) {
        this.graph = graph;
    }

    public Optional<Cluster> byId(String id) {
        return graph.readOne("clusters/by-id", Map.of("id", id), r -> Cluster.from(r.get("cluster")));
    }

    /** Clusters located in the region or below it, of the type; a null criterion is not applied. */
    public List<Cluster> filtered(String regionCode, ClusterType type) {
        var parameters = new HashMap<String, Object>();
        parameters.put("regionCode", regionCode);
        parameters.put("type", type == null ? null : type.name());
        return graph.read("clusters/filtered", parameters, r -> Cluster.from(r.get("cluster")));
    }

    public Map<Cluster, Region> regions(List<Cluster> clusters) {
        return Keyed.values(clusters, Cluster::id, graph.read("clusters/regions", ids(clusters),
                r -> new Keyed<>(r.get("key").asString(), Region.from(r.get("region")))));
    }

    public List<List<Chain>> chains(List<Cluster> clusters) {
        return Keyed.lists(clusters, Cluster::id, graph.read("clusters/chains", ids(clusters),
                r -> new Keyed<>(r.get("key").asString(), Chain.from(r.get("chain")))));
    }

    /**
     * For each key (a cluster id, a page and the filters), its members with their role and since;
     * one statement per distinct page and filters (one in the usual case).
     */
    public Map<MembersKey, Connection<MemberEdge>> members(Set<MembersKey> keys) {
        var result = new HashMap<MembersKey, Connection<MemberEdge>>();
        var clustersByQuery = keys.stream().collect(Collectors.groupingBy(MembersKey::query,
                Collectors.mapping(MembersKey::cluster, Collectors.toList())));
        clustersByQuery.forEach((query, ids) -> members(query, ids)
                .forEach(row -> result.put(new MembersKey(row.cluster().id(), query.page(), query.designation(), query.role(), query.year()),
                        row.members())));
        return result;
    }

    /**
     * The cluster with one page of its members, in one statement (what {@code cluster(id) { members }}
     * asks): the lookup and the members' batch would otherwise be two round trips.
     */
    Optional<ClusterMembers> byIdWithMembers(String id, MembersKey.Query query) {
        return members(query, List.of(id)).stream().findFirst();
    }

    /** A cluster and one page of its members. */
    record ClusterMembers(Cluster cluster, Connection<MemberEdge> members) {
    }

    private List<ClusterMembers> members(MembersKey.Query query, List<String> ids) {
        var page = query.page();
        var parameters = page.parameters();
        parameters.put("ids", ids.stream().sorted().toList());
        parameters.put("designation", query.designation() == null ? null : query.designation().name());
        parameters.put("role", query.role() == null ? null : query.role().name());
        parameters.put("year", query.year());
        return graph.read("clusters/members-filtered", parameters, r -> new ClusterMembers(Cluster.from(r.get("cluster")),
                Connection.of(r.get("members").asList(m -> MemberEdge.Row.of(m.get("enterprise"), m.get("memberOf"))), page,
                        r.get("totalCount").asLong(), r.get("before").asLong(), row -> row.enterprise().uscc(), MemberEdge::of)));
    }

    /** For each key (a cluster id and a year), its membership statistics; one statement per distinct year. */
    public Map<StatsKey, ClusterStats> stats(Set<StatsKey> keys) {
        var result = new HashMap<StatsKey, ClusterStats>();
        keys.stream().collect(Collectors.groupingBy(StatsKey::year, Collectors.mapping(StatsKey::cluster, Collectors.toList())))
                .forEach((year, ids) -> graph.read("clusters/stats", Map.of("ids", ids.stream().sorted().toList(), "year", year),
                                r -> new Keyed<>(r.get("key").asString(), ClusterStats.of(r, year)))
                        .forEach(row -> result.put(new StatsKey(row.key(), year), row.value())));
        return result;
    }

    public List<List<ClusterOverlap>> overlaps(List<Cluster> clusters) {
        return Keyed.lists(clusters, Cluster::id, graph.read("clusters/overlaps", ids(clusters),
                r -> new Keyed<>(r.get("key").asString(), new ClusterOverlap(Cluster.from(r.get("cluster")), r.get("shared").asInt()))));
    }

    /** Whether the cluster and the enterprise exist and the enterprise's membership, if any. */
    public MembershipChange membership(String clusterId, String uscc) {
        return graph.readOne("clusters/membership-check", Map.of("clusterId", clusterId, "uscc", uscc), MembershipChange::of).orElseThrow();
    }

    /**
     * Runs {@code decide} on the current membership and, in the same write transaction, joins when
     * it answers true; so two concurrent joins cannot both create the membership.
     */
    public MembershipChange join(String clusterId, String uscc, int since, MembershipRole role, java.util.function.Consumer<MembershipChange> check) {
        return graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> {
            var parameters = Map.<String, Object>of("clusterId", clusterId, "uscc", uscc);
            tx.run("clusters/lock-membership", parameters);
            check.accept(tx.run("clusters/membership-check", parameters, MembershipChange::of).get(0));
            return tx.run("clusters/join", Map.of("clusterId", clusterId, "uscc", uscc, "since", since, "role", role.name()),
                    MembershipChange::of).get(0);
        });
    }

    /** Ends the membership after {@code check} accepted it, in one write transaction; the ended membership. */
    public MembershipChange leave(String clusterId, String uscc, java.util.function.Consumer<MembershipChange> check) {
        return graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> {
            var parameters = Map.<String, Object>of("clusterId", clusterId, "uscc", uscc);
            tx.run("clusters/lock-membership", parameters);
            var current = tx.run("clusters/membership-check", parameters, MembershipChange::of).get(0);
            check.accept(current);
            tx.run("clusters/leave", parameters);
            return current;
        });
    }

    private static Map<String, Object> ids(List<Cluster> clusters) {
        return Map.of("ids", Keyed.keys(clusters, Cluster::id));
    }
}
