package org.chaingraph.e2e.gaps;

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
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gap and chain-map tests: the whole application on a random port over an embedded
 * Neo4j loaded with {@code datasets/gaps}; every subclass shares the one context. Operations are
 * the documents under {@code graphql-test/gaps/}.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
abstract class GapApiTest {

    static final String DATASET = "src/test/resources/datasets/gaps";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "gaps", DATASET);
    }

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    WebTestClient http;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
        graphQl = HttpGraphQlTester.create(http.mutate().baseUrl("http://127.0.0.1:" + port + "/graphql").build());
    }

    /** The whole report, with at most {@code first} candidates and local suppliers per segment. */
    Map<String, Object> report(String chainId, String regionCode, Integer year, int first) {
        var response = graphQl.documentName("gaps/chainGaps").variable("chainId", chainId).variable("regionCode", regionCode)
                .variable("year", year).variable("first", first).execute();
        response.errors().verify();
        return response.path("chainGaps").entity(MAP).get();
    }

    Map<String, Object> report(String chainId, String regionCode, Integer year) {
        return report(chainId, regionCode, year, 20);
    }

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.get(field);
    }

    /** The entry of {@code segments} or {@code gaps} for one segment. */
    static Map<String, Object> bySegment(List<Map<String, Object>> entries, String segmentId) {
        return entries.stream().filter(e -> segmentId.equals(map(e, "segment").get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for segment " + segmentId + " in " + entries));
    }

    static List<String> segmentIds(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> (String) map(e, "segment").get("id")).toList();
    }
}
