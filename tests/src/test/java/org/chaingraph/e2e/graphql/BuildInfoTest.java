package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An operator asks a running server which build it is. */
class BuildInfoTest extends GraphQlApiTest {

    @Test
    void actuatorInfoNamesTheBuild() throws Exception {
        String body = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/actuator/info").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        JsonNode build = new ObjectMapper().readTree(body).path("build");
        assertThat(build.path("artifact").asText()).isEqualTo("chaingraph-app");
        assertThat(build.path("version").asText()).isNotBlank();
        assertThat(build.path("time").asText()).isNotBlank();
    }
}
