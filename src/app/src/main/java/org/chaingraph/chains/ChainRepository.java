package org.chaingraph.chains;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chaingraph.clusters.Cluster;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.neo4j.Graph;
import org.springframework.stereotype.Repository;

/** Chains and their relations; relation methods answer a whole batch with one statement. */
@Repository
public final class ChainRepository {

    private final Graph graph;

    public ChainRepository(Graph graph) {
        this.graph = graph;
    }

    public Optional<Chain> byId(String id) {
        return graph.readOne("chains/by-id", Map.of("id", id), r -> Chain.from(r.get("chain")));
    }

    public List<Chain> all() {
        return graph.read("chains/all", Map.of(), r -> Chain.from(r.get("chain")));
    }

    public List<List<Segment>> segments(List<Chain> chains) {
        return Keyed.lists(chains, Chain::id, graph.read("chains/segments", ids(chains),
                r -> new Keyed<>(r.get("key").asString(), Segment.from(r.get("segment")))));
    }

    public List<List<Leadership>> leaders(List<Chain> chains) {
        return Keyed.lists(chains, Chain::id, graph.read("chains/leaders", ids(chains),
                r -> new Keyed<>(r.get("key").asString(), Leadership.of(r.get("enterprise"), r.get("chain"), r.get("region")))));
    }

    public List<List<Cluster>> clusters(List<Chain> chains) {
        return Keyed.lists(chains, Chain::id, graph.read("chains/clusters", ids(chains),
                r -> new Keyed<>(r.get("key").asString(), Cluster.from(r.get("cluster")))));
    }

    private static Map<String, Object> ids(List<Chain> chains) {
        return Map.of("ids", Keyed.keys(chains, Chain::id));
    }
}
