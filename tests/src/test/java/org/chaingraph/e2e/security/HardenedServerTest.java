package org.chaingraph.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.HttpError;
import org.chaingraph.e2e.SmallDatasetTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A server configured as for production: anonymous callers refused, introspection off, tight rate
 * limits, one allowed browser origin, and a time limit so short that any statement overruns it.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class HardenedServerTest {

    static final String ORIGIN = "https://portal.example.gov.cn";
    static final String CHAINS = "{\"query\":\"{ chains { id } }\"}";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "hardened", SmallDatasetTest.DATASET);
        registry.add("chaingraph.security.anonymous-role", () -> "NONE");
        registry.add("chaingraph.security.api-keys", () -> "ANALYST:hardened-key-0001,rate=ANALYST:rate-key-0001,cors=VIEWER:cors-key-0001,tokens=VIEWER:tokens-key-0001");
        registry.add("chaingraph.security.cors-origins", () -> ORIGIN);
        registry.add("chaingraph.graphql.introspection", () -> "false");
        registry.add("chaingraph.limits.rate.enabled", () -> "true");
        registry.add("chaingraph.limits.rate.capacity", () -> "4");
        registry.add("chaingraph.limits.rate.per-second", () -> "1");
        registry.add("chaingraph.limits.timeout", () -> "1ms");
        registry.add("chaingraph.limits.max-tokens", () -> "1000");
    }

    @LocalServerPort
    int port;

    WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void anonymousCallersAreRefusedButHealthProbesAnswer() {
        for (String uri : new String[] {"/maps/CH-NEV.svg", "/graphql/schema"}) {
            http().get().uri(uri).exchange().expectStatus().isUnauthorized().expectBody(String.class)
                    .value(body -> assertThat(HttpError.of(body).code()).isEqualTo("UNAUTHENTICATED"));
        }
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(CHAINS).exchange().expectStatus().isUnauthorized();
        http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void aRequestOverItsTimeLimitIsStoppedWithTimeout() {
        http().post().uri("/graphql").header("X-API-Key", "hardened-key-0001").contentType(MediaType.APPLICATION_JSON).bodyValue(CHAINS)
                .exchange().expectStatus().isOk().expectBody(String.class).value(body -> {
                    assertThat(HttpError.of(body).code()).isEqualTo("TIMEOUT");
                    assertThat(HttpError.of(body).message()).contains("chaingraph.limits.timeout");
                });
        http().get().uri("/maps/CH-NEV.svg").header("X-API-Key", "hardened-key-0001").exchange().expectStatus().isEqualTo(504)
                .expectBody(String.class).value(body -> assertThat(HttpError.of(body).code()).isEqualTo("TIMEOUT"));
    }

    @Test
    void theParserStopsAtTheConfiguredNumberOfTokens() {
        String document = "{ chains { " + "id ".repeat(1500) + "} }";
        http().post().uri("/graphql").header("X-API-Key", "tokens-key-0001").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document)).exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> {
                    assertThat(HttpError.of(body).code()).isEqualTo("INVALID_SYNTAX");
                    assertThat(HttpError.of(body).message()).contains("More than 1,000 'grammar' tokens");
                });
    }

    @Test
    void introspectionIsOff() {
        http().post().uri("/graphql").header("X-API-Key", "hardened-key-0001").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"query\":\"{ __schema { types { name } } }\"}").exchange().expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(HttpError.of(body).code()).isEqualTo("INTROSPECTION_DISABLED"));
    }

    @Test
    void aClientOverItsRateIsTold429WithRetryAfterWhileOthersGoOn() {
        int passed = 0;
        String refusal = null;
        for (int i = 0; i < 8 && refusal == null; i++) {
            var result = http().post().uri("/graphql").header("X-API-Key", "rate-key-0001").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(CHAINS).exchange().returnResult(String.class);
            if (result.getStatus().value() == 429) {
                assertThat(result.getResponseHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
                refusal = result.getResponseBody().blockFirst();
            } else {
                passed++;
            }
        }
        assertThat(passed).isBetween(4, 5);
        assertThat(HttpError.of(refusal).code()).isEqualTo("RATE_LIMITED");
        // Another client has its own bucket.
        http().post().uri("/graphql").header("X-API-Key", "hardened-key-0001").contentType(MediaType.APPLICATION_JSON).bodyValue(CHAINS)
                .exchange().expectStatus().isOk();
    }

    @Test
    void browsersFromTheConfiguredOriginMayCallAndOthersMayNot() {
        http().options().uri("/graphql").header("Origin", ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "x-api-key,content-type").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", ORIGIN);
        http().options().uri("/maps/CH-NEV.svg").header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET")
                .exchange().expectStatus().isOk().expectHeader().valueEquals("Access-Control-Allow-Origin", ORIGIN);
        http().options().uri("/graphql").header("Origin", "https://elsewhere.example.com").header("Access-Control-Request-Method", "POST")
                .exchange().expectStatus().isForbidden();
        http().post().uri("/graphql").header("Origin", ORIGIN).header("X-API-Key", "cors-key-0001").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ chains { id } }")).exchange()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", ORIGIN)
                .expectHeader().value("Access-Control-Expose-Headers", h -> assertThat(h).contains("X-Request-Id"));
    }
}
