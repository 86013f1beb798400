package org.chaingraph.clusters;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chaingraph.chains.Chain;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.graphql.PageKey;
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

    /** For each key (a cluster id and a page), its members with their role and since. */
    public Map<PageKey, Connection<MemberEdge>> members(Set<PageKey> keys) {
        return PageKey.load(keys, (page, ids) -> {
            var parameters = page.parameters();
            parameters.put("ids", ids);
            return graph.read("clusters/members", parameters, r -> new Keyed<>(r.get("key").asString(),
                    Connection.of(r.get("members").asList(m -> MemberEdge.Row.of(m.get("enterprise"), m.get("memberOf"))), page,
                            r.get("totalCount").asLong(), r.get("before").asLong(), row -> row.enterprise().uscc(), MemberEdge::of)));
        });
    }

    private static Map<String, Object> ids(List<Cluster> clusters) {
        return Map.of("ids", Keyed.keys(clusters, Cluster::id));
    }
}
