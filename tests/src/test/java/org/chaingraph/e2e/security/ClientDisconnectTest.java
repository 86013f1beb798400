package org.chaingraph.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A client that hangs up stops its query: the request's Neo4j transaction is terminated and no
 * further statement of it runs, long before its time limit. The slow part is a real Neo4j statement
 * (testing/slow, minutes unless stopped) that the request runs on its own thread and in its own
 * transaction, as a slow analytic would.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ClientDisconnectTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "disconnect", "src/test/resources/datasets/matchmaking");
        registry.add("chaingraph.limits.timeout", () -> "60s");
        registry.add("chaingraph.limits.disconnect-probe", () -> "300ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;

    private final List<String> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopObserving() {
        graph.observe((statement, parameters) -> { });
    }

    @Test
    void aClientThatHangsUpStopsItsRunningQuery() throws Exception {
        var slowOnce = new AtomicBoolean(true);
        var slowEnded = new CompletableFuture<String>();
        graph.observe((statement, parameters) -> {
            ran.add(statement);
            if (statement.equals("chains/all") && slowOnce.getAndSet(false)) {
                long started = System.nanoTime();
                try {
                    graph.read("testing/slow", Map.of(), r -> r.get("n").asLong());
                    slowEnded.complete("finished");
                } catch (RuntimeException e) {
                    slowEnded.complete("stopped after " + (System.nanoTime() - started) / 1_000_000 + " ms: " + e.getMessage());
                }
            }
        });
        String document = Files.readString(Path.of("src/test/resources/graphql-test/chains.graphql"));
        byte[] body = new ObjectMapper().writeValueAsBytes(Map.of("query", document));
        long sent = System.nanoTime();
        // A client that sends its request, waits 1.5 s and hangs up (closes its connection).
        try (var socket = new Socket("127.0.0.1", port)) {
            var out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(1500);
        }
        assertThat(slowEnded).as("still running when the client hung up").isNotDone();

        String outcome = slowEnded.get(20, TimeUnit.SECONDS);
        long endedAfter = (System.nanoTime() - sent) / 1_000_000;
        System.out.printf("Client disconnect: the slow statement %s; %d ms after the request was sent%n", outcome, endedAfter);
        assertThat(outcome).startsWith("stopped");
        assertThat(endedAfter).as("well before the 60 s time limit").isLessThan(10_000);
        Thread.sleep(500);
        assertThat(ran).as("no statement after the cancel").doesNotContain("chains/segments");
    }

    @Test
    void aLongRequestWhoseClientWaitsGetsItsWholeAnswerAfterTheProbes() throws Exception {
        var slowOnce = new AtomicBoolean(true);
        graph.observe((statement, parameters) -> {
            if (statement.equals("chains/all") && slowOnce.getAndSet(false)) {
                try {
                    Thread.sleep(1500); // three probes' worth
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        String document = Files.readString(Path.of("src/test/resources/graphql-test/chains.graphql"));
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(Map.of("query", document))))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).as("probes are leading whitespace").startsWith(" ");
        var answer = new ObjectMapper().readTree(response.body());
        assertThat(answer.path("data").path("chains").size()).isPositive();
        assertThat(answer.has("errors")).isFalse();
    }
}
