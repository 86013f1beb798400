package org.chaingraph.e2e;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Posts a test operation ({@code graphql-test/<operation>.graphql}) to a running server and returns its data, failing on any error. */
public final class HttpGraphQl {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpGraphQl() {
    }

    /** {@code bearer}: an API key or token to send, or null for none. */
    public static JsonNode data(int port, String operation, Map<String, Object> variables, String bearer)
            throws IOException, InterruptedException {
        String document = Files.readString(Path.of("src/test/resources/graphql-test", operation + ".graphql"));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("errors").isMissingNode()).as(response.body()).isTrue();
        return body.path("data");
    }
}
