package org.chaingraph.e2e.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.ALPHA;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.BRAVO;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.CHARLIE;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.DELTA;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.GOLF;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.HOTEL;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.LEADER;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.LEADER2;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.NOVEMBER;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.e2e.Statements;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/**
 * EV-T: both leaders on the demand side; on the supply side ALPHA…NOVEMBER, plus ECHO (LARGE) and
 * FOXTROT (no fit), who are never paired, and GOLF, who already supplies LEADER (paired with LEADER2 only).
 */
class EventPairingTest extends MatchmakingApiTest {

    /** Round trips of a pairing: the attendees, the demanders' demands, every candidate pool, the candidates' firms. */
    static final int PAIRING_ROUND_TRIPS = 4;

    @Autowired
    Graph graph;

    @Autowired
    ResultCache cache;

    @Test
    void defaultCapsFiveDemandThreeSupplyGreedyByScore() {
        var pairs = pairings("EV-T", null, null);

        assertThat(pairs.stream().map(EventPairingTest::pair).toList()).containsExactly(
                "L-" + ALPHA, "L2-" + ALPHA, "L2-" + NOVEMBER, "L-" + BRAVO,
                // 0.5333 each: the demander's USCC decides
                "L-" + NOVEMBER, "L2-" + CHARLIE,
                "L2-" + GOLF, "L2-" + BRAVO,
                // 0.4333 each: then the supplier's USCC
                "L-" + CHARLIE, "L-" + HOTEL);
        assertThat(pairs.stream().map(p -> ((Number) p.get("score")).doubleValue()).toList())
                .containsExactly(0.8933, 0.7933, 0.5833, 0.5633, 0.5333, 0.5333, 0.5167, 0.5133, 0.4333, 0.4333);
    }

    @Test
    void bothCapsHoldAndTheGreedyChoiceFollowsTheShortlistScores() {
        for (int[] caps : new int[][] {{5, 1}, {2, 1}, {1, 3}, {3, 2}, {100, 100}}) {
            var pairs = pairings("EV-T", caps[0], caps[1]);
            assertThat(pairs).as("caps %s", List.of(caps[0], caps[1])).isEqualTo(expectedGreedy(caps[0], caps[1]));
        }
        assertThat(pairings("EV-T", 5, 1).stream().map(EventPairingTest::pair).toList()).containsExactly(
                "L-" + ALPHA, "L2-" + NOVEMBER, "L-" + BRAVO, "L2-" + CHARLIE, "L2-" + GOLF, "L2-" + HOTEL,
                // DELTA scores 0.0833 for both leaders: LEADER's USCC sorts first
                "L-" + DELTA);
        assertThat(pairings("EV-T", 2, 1).stream().map(EventPairingTest::pair).toList())
                .containsExactly("L-" + ALPHA, "L2-" + NOVEMBER, "L-" + BRAVO, "L2-" + CHARLIE);
        assertThat(pairings("EV-T", 1, 3).stream().map(EventPairingTest::pair).toList()).containsExactly("L-" + ALPHA, "L2-" + ALPHA);
    }

    @Test
    void eventWithoutSuppliersHasNoPairingsAndUnknownEventIsNotFound() {
        assertThat(pairings("EV-T-EMPTY", null, null)).isEmpty();
        graphQl.documentName("matchmaking/eventPairings").variable("eventId", "EV-NONE").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().matches(e -> errorNaming(e, ErrorType.NOT_FOUND, "eventId")));
        graphQl.documentName("matchmaking/eventPairings").variable("eventId", "EV-T").variable("perDemand", 0).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().matches(e -> errorNaming(e, ErrorType.BAD_REQUEST, "perDemand")));
        graphQl.documentName("matchmaking/eventPairings").variable("eventId", "EV-T").variable("perSupplier", 101).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().matches(e -> errorNaming(e, ErrorType.BAD_REQUEST, "perSupplier")));
    }

    @Test
    void roundTripsDoNotGrowWithTheNumberOfAttendees() {
        long small = roundTrips(() -> assertThat(pairings("EV-T-SMALL", null, null)).hasSize(2));
        long large = roundTrips(() -> assertThat(pairings("EV-T", null, null)).hasSize(10));

        assertThat(small).isEqualTo(PAIRING_ROUND_TRIPS);
        assertThat(large).isEqualTo(small);
    }

    @Test
    void shortlistCostsThreeRoundTripsAndFourWithARegion() {
        // The demand, the candidates (USCCs and features), the listed firms; and the region's check.
        assertThat(roundTrips(() -> shortlist(SupplierShortlistTest.LEADER_SUBJECT, Map.of()))).isEqualTo(3);
        assertThat(roundTrips(() -> shortlist(SupplierShortlistTest.LEADER_SUBJECT, Map.of("regionCode", "310000")))).isEqualTo(4);
    }

    /** The greedy choice recomputed here from each leader's shortlist restricted to the event's suppliers. */
    private List<Map<String, Object>> expectedGreedy(int perDemand, int perSupplier) {
        var supply = List.of(ALPHA, BRAVO, CHARLIE, DELTA, MatchmakingDataset.FOXTROT, GOLF, HOTEL, NOVEMBER, MatchmakingDataset.ECHO);
        var all = new ArrayList<Map<String, Object>>();
        for (String leader : List.of(LEADER, LEADER2)) {
            for (var match : shortlist(Map.of("leaderUscc", leader), Map.of("limit", 100))) {
                if (supply.contains(uscc(match))) {
                    all.add(Map.of("demand", leader, "supplier", uscc(match), "score", score(match)));
                }
            }
        }
        all.sort(Comparator.<Map<String, Object>>comparingDouble(p -> -((Number) p.get("score")).doubleValue())
                .thenComparing(p -> (String) p.get("demand")).thenComparing(p -> (String) p.get("supplier")));
        var demandCount = new HashMap<Object, Integer>();
        var supplierCount = new HashMap<Object, Integer>();
        var chosen = new ArrayList<Map<String, Object>>();
        for (var p : all) {
            if (demandCount.getOrDefault(p.get("demand"), 0) < perDemand && supplierCount.getOrDefault(p.get("supplier"), 0) < perSupplier) {
                demandCount.merge(p.get("demand"), 1, Integer::sum);
                supplierCount.merge(p.get("supplier"), 1, Integer::sum);
                chosen.add(p);
            }
        }
        return chosen;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> pairings(String eventId, Integer perDemand, Integer perSupplier) {
        var request = graphQl.documentName("matchmaking/eventPairings").variable("eventId", eventId).variable("year", MatchmakingDataset.YEAR);
        if (perDemand != null) {
            request = request.variable("perDemand", perDemand);
        }
        if (perSupplier != null) {
            request = request.variable("perSupplier", perSupplier);
        }
        var response = request.execute();
        response.errors().verify();
        return response.path("eventPairings").entityList(Map.class).get().stream()
                .map(p -> (Map<String, Object>) p)
                .map(p -> Map.<String, Object>of("demand", ((Map<?, ?>) p.get("demand")).get("uscc"),
                        "supplier", ((Map<?, ?>) p.get("supplier")).get("uscc"), "score", ((Number) p.get("score")).doubleValue()))
                .toList();
    }

    private static String pair(Map<String, Object> p) {
        return (LEADER.equals(p.get("demand")) ? "L-" : "L2-") + p.get("supplier");
    }

    private long roundTrips(Runnable request) {
        return Statements.counted(graph, cache, request);
    }
}
