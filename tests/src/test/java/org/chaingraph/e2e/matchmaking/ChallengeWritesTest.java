package org.chaingraph.e2e.matchmaking;

import java.time.Duration;
import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the tests that write: their own store ("matchmaking-writes", loaded with
 * datasets/matchmaking) and an admin token. Each test publishes the challenges it changes, so
 * tests do not depend on each other's order.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class ChallengeWritesTest {

    static final String TOKEN = "test-admin-token-7f3c";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "matchmaking-writes", MatchmakingDataset.DATASET);
        registry.add("chaingraph.admin-token", () -> TOKEN);
    }

    @LocalServerPort
    int port;

    /** Sends the admin token. */
    HttpGraphQlTester admin;
    /** Sends no token. */
    HttpGraphQlTester anonymous;

    @BeforeEach
    void connect() {
        var client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").responseTimeout(Duration.ofSeconds(30)).build();
        anonymous = HttpGraphQlTester.create(client);
        admin = anonymous.mutate().header("Authorization", "Bearer " + TOKEN).build();
    }

    /** The challenge as the API shows it now (status, bids, ...). */
    @SuppressWarnings("unchecked")
    Map<String, Object> state(String id) {
        return anonymous.documentName("matchmaking/challengeState").variable("id", id).execute().path("challenge").entity(Map.class).get();
    }
}
