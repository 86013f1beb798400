package org.chaingraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A GraphQL server over HTTP: ChainGraph's {@code /graphql} or the peer's endpoint. */
final class GraphQlSide implements Side {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final URI endpoint;
    private final Function<Question, Optional<String>> documents;
    private final URI base;
    private final boolean nestsVariables;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private GraphQlSide(String name, URI endpoint, URI base, boolean nestsVariables, Function<Question, Optional<String>> documents) {
        this.name = name;
        this.nestsVariables = nestsVariables;
        this.endpoint = endpoint;
        this.base = base;
        this.documents = documents;
    }

    /** ChainGraph at {@code base}: operations from {@code bench/*.graphql} on the classpath; the SVG over GET. */
    static GraphQlSide chainGraph(URI base) {
        return new GraphQlSide("ChainGraph", base.resolve("/graphql"), base, true,
                q -> q.operation().startsWith("GET ") ? Optional.of(q.operation()) : Optional.of(resource("bench/" + q.operation() + ".graphql")));
    }

    /** The peer at {@code endpoint}: operations from {@code <queries>/<peer>.graphql}; none for questions it cannot answer. */
    static GraphQlSide peer(URI endpoint, Path queries) {
        return new GraphQlSide("Neo4j GraphQL Library", endpoint, endpoint, false,
                q -> Optional.ofNullable(q.peer()).map(p -> read(queries.resolve(p + ".graphql"))));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Optional<Call> prepare(Question question) {
        return documents.apply(question).map(document -> document.startsWith("GET ")
                ? arguments -> get(arguments)
                : arguments -> post(document, nestsVariables ? question.graphQlVariables().apply(arguments) : arguments));
    }

    private void post(String document, Map<String, Object> variables) throws IOException, InterruptedException {
        execute(document, variables, null);
    }

    /**
     * Posts {@code document} (with a bearer token when {@code token} is not null) and returns its
     * {@code data}; an HTTP error or any GraphQL error is an exception.
     */
    JsonNode execute(String document, Map<String, Object> variables, String token) throws IOException, InterruptedException {
        byte[] body = JSON.writeValueAsBytes(Map.of("query", document, "variables", variables));
        var builder = HttpRequest.newBuilder(endpoint).timeout(Duration.ofMinutes(2))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        var request = builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + abbreviate(new String(response.body(), StandardCharsets.UTF_8)));
        }
        JsonNode answer = JSON.readTree(response.body());
        if (answer.hasNonNull("errors") || !answer.hasNonNull("data")) {
            throw new IllegalStateException("errors: " + abbreviate(answer.path("errors").toString()));
        }
        return answer.path("data");
    }

    private void get(Map<String, Object> arguments) throws IOException, InterruptedException {
        String path = "/maps/" + encode(arguments.get("chainId")) + ".svg?region=" + encode(arguments.get("regionCode"))
                + "&year=" + encode(arguments.get("year"));
        var response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200 || response.body().length == 0) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path);
        }
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + " …";
    }

    static String resource(String path) {
        try (InputStream in = GraphQlSide.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no benchmark operation at classpath:" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the peer's operation " + file + " cannot be read", e);
        }
    }
}
