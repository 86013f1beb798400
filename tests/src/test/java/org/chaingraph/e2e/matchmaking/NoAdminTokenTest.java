package org.chaingraph.e2e.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.matchmaking.MatchmakingDataset.BRAVO;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.Unauthenticated;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A server with no API keys at all (no CHAINGRAPH_ADMIN_TOKEN, no CHAINGRAPH_API_KEYS) refuses every
 * mutation: anonymous callers are below EDITOR, and any credential sent is unknown (401).
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class NoAdminTokenTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "matchmaking-no-token", MatchmakingDataset.DATASET);
        registry.add("chaingraph.admin-token", () -> "");
    }

    @LocalServerPort
    int port;

    @Test
    void everyMutationIsForbiddenAndNothingChanges() {
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").responseTimeout(Duration.ofSeconds(30)).build();
        var graphQl = HttpGraphQlTester.create(client);
        var before = graphQl.documentName("matchmaking/challengeState").variable("id", "CHL-T1").execute().path("challenge").entity(Map.class).get();

        ChallengeLifecycleTest.assertForbidden(graphQl, "publishChallenge", Map.of("input", ChallengeLifecycleTest.input()));
        ChallengeLifecycleTest.assertForbidden(graphQl, "bidOnChallenge", Map.of("challengeId", "CHL-T1", "uscc", BRAVO));
        ChallengeLifecycleTest.assertForbidden(graphQl, "awardChallenge", Map.of("challengeId", "CHL-T1", "winners", List.of(MatchmakingDataset.CHARLIE)));
        ChallengeLifecycleTest.assertForbidden(graphQl, "closeChallenge", Map.of("challengeId", "CHL-T1"));

        graphQl.documentName("matchmaking/closeChallenge").variable("challengeId", "CHL-T1").execute().errors().satisfy(errors ->
                assertThat(errors).singleElement().extracting(e -> e.getMessage()).asString().contains("CHAINGRAPH_ADMIN_TOKEN"));
        Unauthenticated.assertRefused(port, "Bearer anything", "matchmaking/closeChallenge", Map.of("challengeId", "CHL-T1"));
        assertThat(graphQl.documentName("matchmaking/challengeState").variable("id", "CHL-T1").execute().path("challenge").entity(Map.class).get())
                .isEqualTo(before);
    }
}
