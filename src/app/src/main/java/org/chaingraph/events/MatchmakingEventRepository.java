package org.chaingraph.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chaingraph.chains.Chain;
import org.chaingraph.graphql.Keyed;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.regions.Region;
import org.springframework.stereotype.Repository;

/** Matchmaking events and their relations; relation methods answer a whole batch with one statement. */
@Repository
public final class MatchmakingEventRepository {

    private final Graph graph;

    public MatchmakingEventRepository(Graph graph) {
        this.graph = graph;
    }

    public Optional<MatchmakingEvent> byId(String id) {
        return graph.readOne("events/by-id", Map.of("id", id), r -> MatchmakingEvent.from(r.get("event")));
    }

    public Map<MatchmakingEvent, Region> regions(List<MatchmakingEvent> events) {
        return Keyed.values(events, MatchmakingEvent::id, graph.read("events/regions", ids(events),
                r -> new Keyed<>(r.get("key").asString(), Region.from(r.get("region")))));
    }

    public Map<MatchmakingEvent, Chain> chains(List<MatchmakingEvent> events) {
        return Keyed.values(events, MatchmakingEvent::id, graph.read("events/chains", ids(events),
                r -> new Keyed<>(r.get("key").asString(), Chain.from(r.get("chain")))));
    }

    public List<List<Attendee>> attendees(List<MatchmakingEvent> events) {
        return Keyed.lists(events, MatchmakingEvent::id, graph.read("events/attendees", ids(events),
                r -> new Keyed<>(r.get("key").asString(), Attendee.of(r.get("enterprise"), r.get("attends")))));
    }

    private static Map<String, Object> ids(List<MatchmakingEvent> events) {
        return Map.of("ids", Keyed.keys(events, MatchmakingEvent::id));
    }
}
