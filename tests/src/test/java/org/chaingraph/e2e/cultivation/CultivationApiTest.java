package org.chaingraph.e2e.cultivation;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the cultivation and incentive tests: the application over {@code datasets/cultivation},
 * a hand-built dataset where each firm shows one rule (see {@link CultivationDataset}). Operations
 * are the documents under {@code graphql-test/cultivation/}.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class CultivationApiTest {

    static final String DATASET = "src/test/resources/datasets/cultivation";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "cultivation", DATASET);
    }

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        var client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30)).build();
        graphQl = HttpGraphQlTester.create(client);
    }

    Map<String, Object> report(String regionCode, int year, String asOf) {
        return ok(graphQl.documentName("cultivation/cultivation").variable("regionCode", regionCode).variable("year", year)
                .variable("asOf", asOf)).path("cultivation").entity(MAP).get();
    }

    List<Map<String, Object>> incentives(String uscc, int year) {
        return ok(graphQl.documentName("cultivation/incentives").variable("uscc", uscc).variable("year", year))
                .path("incentives").entityList(MAP).get();
    }

    Map<String, Object> summary(String regionCode, int year) {
        return ok(graphQl.documentName("cultivation/incentiveSummary").variable("regionCode", regionCode).variable("year", year))
                .path("incentiveSummary").entity(MAP).get();
    }

    static GraphQlTester.Response ok(GraphQlTester.Request<?> request) {
        var response = request.execute();
        response.errors().verify();
        return response;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.get(field);
    }
}
