package org.chaingraph.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Shutting down (SIGTERM, a rolling deploy) lets a request in flight finish with its whole answer
 * before Neo4j stops (server.shutdown: graceful).
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheServerStopsGetsItsAnswer() throws Exception {
        var app = new SpringApplicationBuilder(ChainGraphApplication.class).bannerMode(Banner.Mode.OFF)
                .run("--server.port=0", "--chaingraph.neo4j.data-dir=" + EmbeddedStore.tempDirectory("graceful"),
                        "--chaingraph.neo4j.page-cache=64m", "--chaingraph.dataset=src/test/resources/datasets/matchmaking",
                        "--chaingraph.limits.rate.enabled=false");
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        var inFlight = new CountDownLatch(1);
        var slowOnce = new AtomicBoolean(true);
        app.getBean(Graph.class).observe((statement, parameters) -> {
            if (statement.equals("chains/all") && slowOnce.getAndSet(false)) {
                inFlight.countDown();
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        String document = Files.readString(Path.of("src/test/resources/graphql-test/chains.graphql"));
        CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(Map.of("query", document)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inFlight.await(30, TimeUnit.SECONDS)).isTrue();

        app.close(); // as on SIGTERM: returns once the server has drained and Neo4j has stopped

        var response = answer.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(response.body()).path("data").path("chains").size()).isPositive();
    }
}
