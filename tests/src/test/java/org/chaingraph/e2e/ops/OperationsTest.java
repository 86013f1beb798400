package org.chaingraph.e2e.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.SmallDatasetTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What an operator watches: the Prometheus endpoint (ADMIN only) and the access log. */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
// Spring Boot's tests leave metrics export off unless asked.
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {

    static final String ADMIN_KEY = "ops-admin-key-0001";
    static final String XINGCHI = "91330402MA2C000017";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "ops", SmallDatasetTest.DATASET);
        registry.add("chaingraph.security.anonymous-role", () -> "VIEWER");
        registry.add("chaingraph.admin-token", () -> ADMIN_KEY);
        registry.add("chaingraph.access-log.enabled", () -> "true");
    }

    @LocalServerPort
    int port;

    @Test
    void prometheusNeedsAdminAndShowsOperationsErrorsCacheAndPool() throws Exception {
        assertThat(graphQl("enterprise", Map.of("uscc", XINGCHI)).body()).contains("\"uscc\":\"" + XINGCHI + "\"");
        assertThat(graphQl("gaps/chainGapStatuses", Map.of("chainId", "NO-SUCH-CHAIN", "regionCode", "330000")).body())
                .contains("\"code\":\"NOT_FOUND\"");

        var anonymous = get("/actuator/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("UNAUTHENTICATED").contains("ADMIN");

        var scraped = get("/actuator/prometheus", ADMIN_KEY);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body())
                // Latency per operation name (Spring for GraphQL leaves the name out; observability/OperationNames).
                .containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"enterprise\"[^}]*\\} [1-9]")
                .containsPattern("graphql_request_seconds_count\\{[^}]*graphql_operation_name=\"chainGapStatuses\"[^}]*graphql_outcome=\"REQUEST_ERROR\"")
                // Errors by their stable code (errors/GraphQlErrors).
                .containsPattern("chaingraph_graphql_errors_total\\{code=\"NOT_FOUND\"[^}]*\\} [1-9]")
                // HTTP, the result cache and the driver's connection pool.
                .contains("http_server_requests_seconds_count{")
                .contains("cache_gets_total{cache=\"results\"")
                .contains("neo4j_driver_connections");
        // The per-filter and per-field timers are off (they cost more than the requests they time).
        assertThat(scraped.body()).doesNotContain("spring_security_filterchains").doesNotContain("graphql_datafetcher");
    }

    @Test
    void everyRequestLeavesOneAccessLine(CapturedOutput output) throws Exception {
        var response = graphQl("enterprise", Map.of("uscc", XINGCHI));
        String id = response.headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(output.getOut()).containsPattern("chaingraph\\.access\\s*: POST /graphql 200 [0-9.]+ ms op=enterprise caller=anonymous \\(VIEWER\\) id=" + id);
    }

    private HttpResponse<String> graphQl(String operation, Map<String, Object> variables) throws IOException, InterruptedException {
        String document = Files.readString(Path.of("src/test/resources/graphql-test", operation + ".graphql"));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String bearer) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
