package org.chaingraph.regions;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Edge;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.graphql.PageKey;
import org.chaingraph.neo4j.Graph;
import org.springframework.stereotype.Repository;

/** Regions and their relations; relation methods answer a whole batch with one statement. */
@Repository
public final class RegionRepository {

    private final Graph graph;

    public RegionRepository(Graph graph) {
        this.graph = graph;
    }

    public Optional<Region> byCode(String code) {
        return graph.readOne("regions/by-code", Map.of("code", code), r -> Region.from(r.get("region")));
    }

    public Map<Region, Region> parents(List<Region> regions) {
        return Keyed.values(regions, Region::code, graph.read("regions/parents", codes(regions),
                r -> new Keyed<>(r.get("key").asString(), Region.from(r.get("region")))));
    }

    public List<List<Region>> children(List<Region> regions) {
        return Keyed.lists(regions, Region::code, graph.read("regions/children", codes(regions),
                r -> new Keyed<>(r.get("key").asString(), Region.from(r.get("region")))));
    }

    /** For each key (a region code and a page), the enterprises located in the region or below it. */
    public Map<PageKey, Connection<Edge<Enterprise>>> enterprises(Set<PageKey> keys) {
        return PageKey.load(keys, (page, codes) -> {
            var parameters = page.parameters();
            parameters.put("codes", codes);
            return graph.read("regions/enterprises", parameters, r -> new Keyed<>(r.get("key").asString(),
                    Connection.of(r.get("enterprises").asList(Enterprise::from), page, r.get("totalCount").asLong(),
                            r.get("before").asLong(), Enterprise::uscc)));
        });
    }

    private static Map<String, Object> codes(List<Region> regions) {
        return Map.of("codes", Keyed.keys(regions, Region::code));
    }
}
