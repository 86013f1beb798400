package org.chaingraph.chains;

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

/** Chain segments and their relations; relation methods answer a whole batch with one statement. */
@Repository
public final class SegmentRepository {

    private final Graph graph;

    public SegmentRepository(Graph graph) {
        this.graph = graph;
    }

    public Optional<Segment> byId(String id) {
        return graph.readOne("chains/segment-by-id", Map.of("id", id), r -> Segment.from(r.get("segment")));
    }

    public Map<Segment, Chain> chains(List<Segment> segments) {
        return Keyed.values(segments, Segment::id, graph.read("chains/segment-chains", ids(segments),
                r -> new Keyed<>(r.get("key").asString(), Chain.from(r.get("chain")))));
    }

    public Map<Segment, Segment> parents(List<Segment> segments) {
        return Keyed.values(segments, Segment::id, related("chains/segment-parents", segments));
    }

    public List<List<Segment>> children(List<Segment> segments) {
        return Keyed.lists(segments, Segment::id, related("chains/segment-children", segments));
    }

    public List<List<Segment>> upstream(List<Segment> segments) {
        return Keyed.lists(segments, Segment::id, related("chains/segment-upstream", segments));
    }

    public List<List<Segment>> downstream(List<Segment> segments) {
        return Keyed.lists(segments, Segment::id, related("chains/segment-downstream", segments));
    }

    public List<List<String>> capabilities(List<Segment> segments) {
        return Keyed.lists(segments, Segment::id, graph.read("chains/segment-capabilities", ids(segments),
                r -> new Keyed<>(r.get("key").asString(), r.get("capability").asString())));
    }

    /** For each key (a segment id and a page), the enterprises operating in the segment. */
    public Map<PageKey, Connection<Edge<Enterprise>>> enterprises(Set<PageKey> keys) {
        return PageKey.load(keys, (page, ids) -> {
            var parameters = page.parameters();
            parameters.put("ids", ids);
            return graph.read("chains/segment-enterprises", parameters, r -> new Keyed<>(r.get("key").asString(),
                    Connection.of(r.get("enterprises").asList(Enterprise::from), page, r.get("totalCount").asLong(),
                            r.get("before").asLong(), Enterprise::uscc)));
        });
    }

    /** Rows of a statement that relates segments to segments. */
    private List<Keyed<Segment>> related(String statement, List<Segment> segments) {
        return graph.read(statement, ids(segments), r -> new Keyed<>(r.get("key").asString(), Segment.from(r.get("segment"))));
    }

    private static Map<String, Object> ids(List<Segment> segments) {
        return Map.of("ids", Keyed.keys(segments, Segment::id));
    }
}
