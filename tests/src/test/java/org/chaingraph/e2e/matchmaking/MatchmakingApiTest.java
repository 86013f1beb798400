package org.chaingraph.e2e.matchmaking;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the matchmaking tests that only read: the application on a random port over
 * datasets/matchmaking, one context (one store) shared by every subclass.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class MatchmakingApiTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "matchmaking", MatchmakingDataset.DATASET);
    }

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30))
                .build());
    }

    /** The shortlist's matches as maps (enterprise, score, existingSupplier, components). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> shortlist(Map<String, Object> subject, Map<String, Object> variables) {
        GraphQlTester.Request<?> request = graphQl.documentName("matchmaking/supplierShortlist").variable("subject", subject)
                .variable("year", MatchmakingDataset.YEAR);
        for (var entry : variables.entrySet()) {
            request = request.variable(entry.getKey(), entry.getValue());
        }
        var response = request.execute();
        response.errors().verify();
        return response.path("supplierShortlist").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
    }

    static String uscc(Map<String, Object> match) {
        return (String) ((Map<?, ?>) match.get("enterprise")).get("uscc");
    }

    static List<String> usccs(List<Map<String, Object>> matches) {
        return matches.stream().map(MatchmakingApiTest::uscc).toList();
    }

    static double score(Map<String, Object> match) {
        return ((Number) match.get("score")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> component(Map<String, Object> match, String factor) {
        return ((List<Map<String, Object>>) match.get("components")).stream().filter(c -> factor.equals(c.get("factor"))).findFirst()
                .orElseThrow();
    }

    static double value(Map<String, Object> match, String factor) {
        return ((Number) component(match, factor).get("value")).doubleValue();
    }

    /** An error of this classification whose message starts with the argument's name. */
    static boolean errorNaming(ResponseError error, ErrorType type, String argument) {
        return error.getErrorType() == type && error.getMessage() != null && error.getMessage().startsWith(argument + ": ");
    }
}
