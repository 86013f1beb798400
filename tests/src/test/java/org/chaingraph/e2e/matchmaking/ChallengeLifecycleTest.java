package org.chaingraph.e2e.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.ALPHA;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.BRAVO;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.CHARLIE;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.HOTEL;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.LEADER;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.e2e.Unauthenticated;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Every transition of OPEN → AWARDED | CLOSED, legal and illegal; a refused mutation changes nothing. */
class ChallengeLifecycleTest extends ChallengeWritesTest {

    /** A deadline well inside the accepted range (today to ten years ahead). */
    static final String DEADLINE = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1).withMonth(6).withDayOfMonth(30).toString();

    @Autowired
    Graph graph;

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Test
    void publishCreatesAnOpenChallengeVisibleAtOnce() {
        var published = admin.documentName("matchmaking/publishChallenge").variable("input", input()).execute();
        published.errors().verify();
        String id = published.path("publishChallenge.id").entity(String.class).get();

        assertThat(id).startsWith("ch-");
        var state = state(id);
        assertThat(state).containsEntry("title", "高纯氦低温纯化攻关").containsEntry("status", "OPEN").containsEntry("budget", 300.0)
                .containsEntry("deadline", DEADLINE).containsEntry("issuer", Map.of("uscc", LEADER))
                .containsEntry("segment", Map.of("id", "T-GAS")).containsEntry("capabilities", List.of("低温工程", "氦气回收"))
                .containsEntry("bids", List.of());
    }

    @Test
    void publishRefusesBadInputAndWritesNothing() {
        long before = challengeCount();
        assertRefused(admin, "publishChallenge", Map.of("input", with("issuerUscc", "91310115MA1T00099" + SupplierShortlistTest.check("91310115MA1T00099"))),
                ErrorType.NOT_FOUND, "input.issuerUscc");
        assertRefused(admin, "publishChallenge", Map.of("input", with("segmentId", "T-NONE")), ErrorType.NOT_FOUND, "input.segmentId");
        assertRefused(admin, "publishChallenge", Map.of("input", with("issuerUscc", "bad")), ErrorType.BAD_REQUEST, "input.issuerUscc");
        assertRefused(admin, "publishChallenge", Map.of("input", with("budget", -1)), ErrorType.BAD_REQUEST, "input.budget");
        assertRefused(admin, "publishChallenge", Map.of("input", with("deadline", "2020-01-01")), ErrorType.BAD_REQUEST, "input.deadline");
        assertRefused(admin, "publishChallenge", Map.of("input", with("title", " ")), ErrorType.BAD_REQUEST, "input.title");
        assertThat(challengeCount()).isEqualTo(before);
    }

    @Test
    void bidsArePendingAndSubmittedToday() {
        String id = publish();

        bid(id, BRAVO);
        var after = admin.documentName("matchmaking/bidOnChallenge").variable("challengeId", id).variable("uscc", CHARLIE).execute();
        after.errors().verify();

        after.path("bidOnChallenge.bids[*].enterprise.uscc").entityList(String.class).containsExactly(BRAVO, CHARLIE);
        assertThat(bids(state(id))).containsExactly(Map.of("enterprise", Map.of("uscc", BRAVO), "submitted", TODAY, "outcome", "PENDING"),
                Map.of("enterprise", Map.of("uscc", CHARLIE), "submitted", TODAY, "outcome", "PENDING"));
    }

    @Test
    void illegalBidsAreRefusedAndChangeNothing() {
        String id = publish();
        bid(id, BRAVO);
        var before = state(id);

        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", id, "uscc", LEADER), ErrorType.BAD_REQUEST, "uscc");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", id, "uscc", BRAVO), ErrorType.BAD_REQUEST, "uscc");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", id, "uscc", "bad"), ErrorType.BAD_REQUEST, "uscc");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", id, "uscc", "91310115MA1T00099" + SupplierShortlistTest.check("91310115MA1T00099")),
                ErrorType.NOT_FOUND, "uscc");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", "CHL-NONE", "uscc", BRAVO), ErrorType.NOT_FOUND, "challengeId");
        assertThat(state(id)).isEqualTo(before);

        // Past its deadline (2020-01-01), though still OPEN; and a CLOSED challenge.
        var past = state("CHL-T-PAST");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", "CHL-T-PAST", "uscc", BRAVO), ErrorType.BAD_REQUEST, "challengeId");
        assertThat(state("CHL-T-PAST")).isEqualTo(past);
        var closed = state("CHL-T-CLOSED");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", "CHL-T-CLOSED", "uscc", CHARLIE), ErrorType.BAD_REQUEST, "challengeId");
        assertThat(state("CHL-T-CLOSED")).isEqualTo(closed);
    }

    @Test
    void awardSeveralWinnersTheOthersLose() {
        String id = publish();
        bid(id, ALPHA);
        bid(id, BRAVO);
        bid(id, CHARLIE);

        var awarded = admin.documentName("matchmaking/awardChallenge").variable("challengeId", id).variable("winners", List.of(CHARLIE, ALPHA)).execute();
        awarded.errors().verify();

        awarded.path("awardChallenge.status").entity(String.class).isEqualTo("AWARDED");
        var state = state(id);
        assertThat(state).containsEntry("status", "AWARDED");
        assertThat(outcomes(state)).isEqualTo(Map.of(ALPHA, "WON", BRAVO, "LOST", CHARLIE, "WON"));
    }

    @Test
    void illegalAwardsAreRefusedAndChangeNothing() {
        String id = publish();
        bid(id, ALPHA);
        var before = state(id);

        assertRefused(admin, "awardChallenge", Map.of("challengeId", id, "winners", List.of()), ErrorType.BAD_REQUEST, "winners");
        assertRefused(admin, "awardChallenge", Map.of("challengeId", id, "winners", List.of(ALPHA, HOTEL)), ErrorType.BAD_REQUEST, "winners");
        assertRefused(admin, "awardChallenge", Map.of("challengeId", id, "winners", List.of("bad")), ErrorType.BAD_REQUEST, "winners");
        assertRefused(admin, "awardChallenge", Map.of("challengeId", "CHL-NONE", "winners", List.of(ALPHA)), ErrorType.NOT_FOUND, "challengeId");
        assertThat(state(id)).isEqualTo(before);

        admin.documentName("matchmaking/awardChallenge").variable("challengeId", id).variable("winners", List.of(ALPHA)).execute().errors().verify();
        var awarded = state(id);
        // AWARDED is final: no second award, no close, no bid.
        assertRefused(admin, "awardChallenge", Map.of("challengeId", id, "winners", List.of(ALPHA)), ErrorType.BAD_REQUEST, "challengeId");
        assertRefused(admin, "closeChallenge", Map.of("challengeId", id), ErrorType.BAD_REQUEST, "challengeId");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", id, "uscc", BRAVO), ErrorType.BAD_REQUEST, "challengeId");
        assertThat(state(id)).isEqualTo(awarded);
    }

    @Test
    void closeLosesPendingBidsAndIsFinal() {
        String id = publish();
        bid(id, ALPHA);
        bid(id, BRAVO);

        var closed = admin.documentName("matchmaking/closeChallenge").variable("challengeId", id).execute();
        closed.errors().verify();

        closed.path("closeChallenge.status").entity(String.class).isEqualTo("CLOSED");
        var state = state(id);
        assertThat(outcomes(state)).isEqualTo(Map.of(ALPHA, "LOST", BRAVO, "LOST"));
        assertRefused(admin, "closeChallenge", Map.of("challengeId", id), ErrorType.BAD_REQUEST, "challengeId");
        assertRefused(admin, "awardChallenge", Map.of("challengeId", id, "winners", List.of(ALPHA)), ErrorType.BAD_REQUEST, "challengeId");
        assertRefused(admin, "bidOnChallenge", Map.of("challengeId", id, "uscc", CHARLIE), ErrorType.BAD_REQUEST, "challengeId");
        assertRefused(admin, "closeChallenge", Map.of("challengeId", "CHL-NONE"), ErrorType.NOT_FOUND, "challengeId");
        assertThat(state(id)).isEqualTo(state);
    }

    @Test
    void errorMessagesSayWhy() {
        String id = publish();
        admin.documentName("matchmaking/closeChallenge").variable("challengeId", id).execute().errors().verify();

        admin.documentName("matchmaking/closeChallenge").variable("challengeId", id).execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().extracting(e -> e.getMessage())
                        .isEqualTo("challengeId: challenge '" + id + "' is CLOSED; only OPEN challenges can be closed"));
    }

    @Test
    void mutationsWithoutTheRightTokenAreForbiddenAndChangeNothing() {
        String id = publish();
        var before = state(id);
        long count = challengeCount();
        assertForbidden(anonymous, "publishChallenge", Map.of("input", input()));
        assertForbidden(anonymous, "bidOnChallenge", Map.of("challengeId", id, "uscc", BRAVO));
        assertForbidden(anonymous, "awardChallenge", Map.of("challengeId", id, "winners", List.of(BRAVO)));
        assertForbidden(anonymous, "closeChallenge", Map.of("challengeId", id));
        Unauthenticated.assertRefused(port, "Bearer not-the-token", "matchmaking/publishChallenge", Map.of("input", input()));
        Unauthenticated.assertRefused(port, "Bearer not-the-token", "matchmaking/closeChallenge", Map.of("challengeId", id));
        assertThat(state(id)).isEqualTo(before);
        assertThat(challengeCount()).isEqualTo(count);
    }

    static void assertForbidden(HttpGraphQlTester client, String mutation, Map<String, Object> variables) {
        request(client, mutation, variables).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .matches(e -> e.getErrorType() == ErrorType.FORBIDDEN, "FORBIDDEN"));
    }

    private static void assertRefused(HttpGraphQlTester client, String mutation, Map<String, Object> variables, ErrorType type, String argument) {
        request(client, mutation, variables).execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                .matches(e -> MatchmakingApiTest.errorNaming(e, type, argument), type + " naming " + argument));
    }

    private static GraphQlTester.Request<?> request(HttpGraphQlTester client, String mutation, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = client.documentName("matchmaking/" + mutation);
        for (var entry : variables.entrySet()) {
            request = request.variable(entry.getKey(), entry.getValue());
        }
        return request;
    }

    private String publish() {
        var response = admin.documentName("matchmaking/publishChallenge").variable("input", input()).execute();
        response.errors().verify();
        return response.path("publishChallenge.id").entity(String.class).get();
    }

    private void bid(String id, String uscc) {
        admin.documentName("matchmaking/bidOnChallenge").variable("challengeId", id).variable("uscc", uscc).execute().errors().verify();
    }

    /** How many challenges the store holds: a refused publish must not add one. */
    private long challengeCount() {
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            return session.run("MATCH (c:Challenge) RETURN count(c) AS n").single().get("n").asLong();
        }
    }

    static Map<String, Object> input() {
        var input = new HashMap<String, Object>();
        input.put("title", "高纯氦低温纯化攻关");
        input.put("issuerUscc", LEADER);
        input.put("segmentId", "T-GAS");
        input.put("capabilities", List.of("低温工程", "氦气回收"));
        input.put("budget", 300);
        input.put("deadline", DEADLINE);
        return input;
    }

    static Map<String, Object> with(String field, Object value) {
        var input = input();
        input.put(field, value);
        return input;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> bids(Map<String, Object> state) {
        return (List<Map<String, Object>>) state.get("bids");
    }

    static Map<String, String> outcomes(Map<String, Object> state) {
        var outcomes = new HashMap<String, String>();
        bids(state).forEach(b -> outcomes.put((String) ((Map<?, ?>) b.get("enterprise")).get("uscc"), (String) b.get("outcome")));
        return outcomes;
    }
}
