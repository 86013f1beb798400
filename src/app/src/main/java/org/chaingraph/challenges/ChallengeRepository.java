package org.chaingraph.challenges;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chaingraph.chains.Segment;
import org.chaingraph.enterprises.Enterprise;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.neo4j.Graph;
import org.springframework.stereotype.Repository;

/** Challenges and their relations; relation methods answer a whole batch with one statement. */
@Repository
public final class ChallengeRepository {

    private final Graph graph;

    public ChallengeRepository(Graph graph) {
        this.graph = graph;
    }

    public Optional<Challenge> byId(String id) {
        return graph.readOne("challenges/by-id", Map.of("id", id), r -> Challenge.from(r.get("challenge")));
    }

    public Map<Challenge, Enterprise> issuers(List<Challenge> challenges) {
        return Keyed.values(challenges, Challenge::id, graph.read("challenges/issuers", ids(challenges),
                r -> new Keyed<>(r.get("key").asString(), Enterprise.from(r.get("enterprise")))));
    }

    public Map<Challenge, Segment> segments(List<Challenge> challenges) {
        return Keyed.values(challenges, Challenge::id, graph.read("challenges/segments", ids(challenges),
                r -> new Keyed<>(r.get("key").asString(), Segment.from(r.get("segment")))));
    }

    public List<List<String>> capabilities(List<Challenge> challenges) {
        return Keyed.lists(challenges, Challenge::id, graph.read("challenges/capabilities", ids(challenges),
                r -> new Keyed<>(r.get("key").asString(), r.get("capability").asString())));
    }

    public List<List<Bid>> bids(List<Challenge> challenges) {
        return Keyed.lists(challenges, Challenge::id, graph.read("challenges/bids", ids(challenges),
                r -> new Keyed<>(r.get("key").asString(), Bid.of(r.get("enterprise"), r.get("bidsOn")))));
    }

    private static Map<String, Object> ids(List<Challenge> challenges) {
        return Map.of("ids", Keyed.keys(challenges, Challenge::id));
    }
}
