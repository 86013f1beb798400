package org.chaingraph.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A request with a credential the server does not know: 401 UNAUTHENTICATED, before any GraphQL runs. */
public final class Unauthenticated {

    private static final ParameterizedTypeReference<Map<String, List<Map<String, Object>>>> ERRORS = new ParameterizedTypeReference<>() { };

    private Unauthenticated() {
    }

    /** Posts the operation in {@code graphql-test/<document>.graphql} with {@code authorization} and checks the refusal. */
    public static void assertRefused(int port, String authorization, String document, Map<String, Object> variables) {
        assertRefused(port, "Authorization", authorization, document, variables);
    }

    /** The same, with the credential in {@code header} (e.g. {@code X-API-Key}). */
    public static void assertRefused(int port, String header, String value, String document, Map<String, Object> variables) {
        String query;
        try {
            query = new ClassPathResource("graphql-test/" + document + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build()
                .post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).header(header, value)
                .bodyValue(Map.of("query", query, "variables", variables))
                .exchange().expectStatus().isUnauthorized()
                .expectBody(ERRORS).value(body -> assertThat(body.get("errors")).singleElement()
                        .satisfies(error -> assertThat(error.get("extensions")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                                .containsEntry("code", "UNAUTHENTICATED")));
    }
}
