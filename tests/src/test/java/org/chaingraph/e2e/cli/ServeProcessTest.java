package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code chaingraph serve} as a real process: readiness turns 200 only once the dataset is loaded,
 * and SIGTERM shuts Neo4j down cleanly so the next start opens the same store with nothing lost.
 */
class ServeProcessTest {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private ChainGraphProcess process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }

    @Test
    void readinessWaitsForTheDatasetAndSigtermKeepsTheStore() throws Exception {
        Path store = EmbeddedStore.tempDirectory("serve-store");
        Path dataset = largeDataset();

        process = serve("--port", "0", "--data-dir", store.toString(), "--dataset", dataset.toString());
        int port = awaitPort();
        var statuses = new ArrayList<Integer>();
        String loadedLineAtReady = null;
        String graphQlBeforeReady = null;
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            int status = readiness(port);
            if (statuses.isEmpty() || statuses.get(statuses.size() - 1) != status) {
                statuses.add(status);
            }
            if (status == 503 && graphQlBeforeReady == null) {
                graphQlBeforeReady = graphQl(port);
            }
            if (status == 200) {
                loadedLineAtReady = process.output().stream().filter(line -> line.contains("Loaded 3038 rows")).findFirst().orElse(null);
                break;
            }
            Thread.sleep(50);
        }

        assertThat(statuses).as(String.join("\n", process.output())).containsExactly(503, 200);
        assertThat(loadedLineAtReady).as("the dataset was loaded before readiness said 200").contains("Loaded 3038 rows");
        // While loading, the API says so instead of answering from a half-loaded graph.
        assertThat(graphQlBeforeReady).startsWith("503 ").contains("\"code\":\"SERVICE_UNAVAILABLE\"");
        assertThat(graphQl(port)).startsWith("200 ").contains("\"chains\"");

        // SIGTERM through the handle: Process.destroy() would also close the pipe we read the log from.
        process.process.toHandle().destroy();
        assertThat(process.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.output()).anySatisfy(line -> assertThat(line).contains("Stopping embedded Neo4j"));

        List<String> contents = Stores.contentsOf(store);
        assertThat(contents).contains("Enterprise:91310115MA1K000029 -[LEADS {region=310000}]-> Chain:ic");
        assertThat(contents.stream().filter(line -> line.startsWith("[Segment]")).count()).isEqualTo(3004);
    }

    /** The import-base dataset plus 3,000 segments, so loading takes long enough to observe. */
    private static Path largeDataset() throws IOException {
        Path dataset = EmbeddedStore.tempDirectory("large-dataset");
        try (var files = Files.list(Path.of("src/test/resources/datasets/import-base"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dataset.resolve(file.getFileName()));
            }
        }
        var segments = new StringBuilder(Files.readString(dataset.resolve("segments.csv")));
        for (int i = 0; i < 3_000; i++) {
            segments.append("bulk-").append(i).append(",ic,批量环节").append(i).append(",UPSTREAM,false,,\n");
        }
        Files.writeString(dataset.resolve("segments.csv"), segments.toString());
        return dataset;
    }

    private ChainGraphProcess serve(String... arguments) throws IOException {
        var command = new ArrayList<>(List.of("serve"));
        command.addAll(List.of(arguments));
        command.add("--chaingraph.neo4j.page-cache=64m");
        return ChainGraphProcess.start(command);
    }

    private int awaitPort() throws InterruptedException {
        var matcher = PORT.matcher(process.awaitLine(line -> PORT.matcher(line).find(), STARTUP));
        matcher.find();
        return Integer.parseInt(matcher.group(1));
    }

    /** Status and body of a small query. */
    private String graphQl(int port) throws InterruptedException {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ chains { id } }\"}")).build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "unreachable: " + e.getMessage();
        }
    }

    private int readiness(int port) throws InterruptedException {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
