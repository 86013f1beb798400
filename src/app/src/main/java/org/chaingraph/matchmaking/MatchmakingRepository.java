package org.chaingraph.matchmaking;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chaingraph.events.MatchmakingEvent;
import org.chaingraph.neo4j.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * What shortlists and pairings read, each in one statement for a whole batch of subjects: the
 * demands, then every demand's candidate pool with its features.
 */
@Repository
public final class MatchmakingRepository {

    private static final Map<SubjectKind, String> DEMAND_STATEMENTS = Map.of(
            SubjectKind.LEADER, "matchmaking/demand-leaders",
            SubjectKind.CHALLENGE, "matchmaking/demand-challenges",
            SubjectKind.SEGMENT, "matchmaking/demand-segments");

    private final Graph graph;

    public MatchmakingRepository(Graph graph) {
        this.graph = graph;
    }

    /** The demands of the subjects that exist, by key; unknown ids are absent. */
    public Map<String, Demand> demands(SubjectKind kind, List<String> ids) {
        String parameter = kind == SubjectKind.LEADER ? "usccs" : "ids";
        return graph.read(DEMAND_STATEMENTS.get(kind), Map.of(parameter, ids), row -> Demand.of(kind, row)).stream()
                .collect(Collectors.toMap(Demand::key, d -> d, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * The candidate pool of every demand, by demand key, in no particular order (scoring sorts).
     *
     * @param regionCode null for anywhere
     * @param only       null for anyone, else only these USCCs may be candidates
     */
    public Map<String, List<Candidate>> candidates(List<Demand> demands, String regionCode, List<String> only, int year) {
        if (demands.isEmpty()) {
            return Map.of();
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("demands", demands.stream().map(Demand::parameter).toList());
        parameters.put("regionCode", regionCode);
        parameters.put("only", only);
        parameters.put("year", year);
        return graph.read("matchmaking/candidates", parameters, Candidate::of).stream()
                .collect(Collectors.groupingBy(Candidate::demandKey, LinkedHashMap::new, Collectors.toList()));
    }

    /** The event with its DEMAND and SUPPLY attendees' USCCs, or empty for an unknown event. */
    public Optional<EventAttendees> attendees(String eventId) {
        return graph.readOne("matchmaking/event-attendees", Map.of("id", eventId), row -> new EventAttendees(
                MatchmakingEvent.from(row.get("event")), row.get("demand").asList(Value::asString), row.get("supply").asList(Value::asString)));
    }

    public record EventAttendees(MatchmakingEvent event, List<String> demand, List<String> supply) {
    }
}
