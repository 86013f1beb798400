package org.chaingraph.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.neo4j.CypherStatements;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.Neo4jConfiguration.EmbeddedNeo4jHolder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The query benchmark ({@code ./chaingraph bench}, docs/benchmarks.md): ChainGraph started in this
 * JVM over an embedded store, the raw driver over the same store's Bolt port, and optionally the
 * Neo4j GraphQL Library (a Node.js process, {@code scripts/bench-peer}) over that port too; every
 * question of {@link QueryMix} is asked of each side at each number of clients, one side at a time.
 */
public final class Benchmark {

    /**
     * @param only question names to run (substring match; empty: all)
     * @param peerDir the peer's folder (its {@code server.mjs} and {@code queries/}), or null for no peer
     */
    public record Options(Path dataDir, List<Integer> clients, Duration warmup, Duration duration, Path peerDir,
                          Path docs, Set<String> only, boolean cache) {
    }

    private final Options options;
    private final PrintStream out;

    public Benchmark(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the mix and returns the report's table (also printed, and written into {@code docs} when given). */
    public String run() throws InterruptedException {
        int boltPort = freePort();
        out.printf("Starting ChainGraph over the store in %s …%n", options.dataDir().toAbsolutePath());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChainGraphApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--server.port=0", "--chaingraph.dataset=", "--logging.level.root=WARN",
                        "--chaingraph.neo4j.data-dir=" + options.dataDir(), "--chaingraph.neo4j.bolt-port=" + boltPort,
                        "--chaingraph.cache.enabled=" + options.cache(),
                        // Loopback only: the clients read figures anonymously, are never throttled, and the
                        // uncached analytics of a 10^6-firm store may take longer than the default time limit.
                        "--chaingraph.security.anonymous-role=ANALYST", "--chaingraph.limits.rate.enabled=false",
                        "--chaingraph.limits.timeout=2m",
                        // Nothing computed in the background while the clients are timed (cultivation/ReportWarmUp).
                        "--chaingraph.cultivation.warm-up.enabled=false");
             Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + boltPort, app.getBean(EmbeddedNeo4jHolder.class).neo4j().authToken())) {
            URI chainGraph = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/");
            awaitReady(chainGraph);
            var graph = new Graph(driver, "neo4j", new CypherStatements());
            long enterprises = graph.readOne("bench/enterprise-count", Map.of(), r -> r.get("enterprises").asLong()).orElse(0L);
            Samples samples = Samples.of(graph, 200);
            List<Side> sides = new ArrayList<>(List.of(GraphQlSide.chainGraph(chainGraph), new DriverSide(graph)));
            Process peer = null;
            try {
                if (options.peerDir() != null) {
                    int peerPort = freePort();
                    peer = startPeer(options.peerDir(), boltPort, app.getBean(EmbeddedNeo4jHolder.class).neo4j().password(), peerPort);
                    sides.add(GraphQlSide.peer(URI.create("http://127.0.0.1:" + peerPort + "/"), options.peerDir().resolve("queries")));
                }
                var report = new BenchReport(enterprises, options.cache() ? "" : "no-cache", String.format(Locale.ROOT, "%d s warm-up (and at least one call per distinct argument set) and %d s measured per cell, closed loop, "
                                + "one side at a time; ChainGraph's result cache %s; %s", options.warmup().toSeconds(), options.duration().toSeconds(),
                                options.cache() ? "on (warm: arguments repeat)" : "off (every answer computed)", jvm()),
                        sides.stream().map(Side::name).toList());
                var load = new Load(options.warmup(), options.duration());
                // The JIT first: one pass over every question and side, so the first cells measured
                // do not pay for compiling what the later ones find compiled.
                out.println("Warming up the JVMs (every question once over " + options.warmup().toSeconds() + " s per side) …");
                var jit = new Load(options.warmup(), Duration.ZERO);
                for (Question question : QueryMix.questions()) {
                    if (!selected(question)) {
                        continue;
                    }
                    for (Side side : sides) {
                        var call = side.prepare(question);
                        if (call.isPresent()) {
                            jit.measure(call.get(), question, samples, 2, 0);
                        }
                    }
                }
                for (int clients : options.clients()) {
                    for (Question question : QueryMix.questions()) {
                        if (!selected(question)) {
                            continue;
                        }
                        for (Side side : sides) {
                            var call = side.prepare(question);
                            if (call.isEmpty()) {
                                continue;
                            }
                            Measurement m = load.measure(call.get(), question, samples, clients, question.distinctArguments(samples));
                            report.add(new BenchReport.Result(question, side.name(), clients, m));
                            out.printf(Locale.ROOT, "  %2d clients  %-42s %-22s p50 %8.1f ms  p95 %8.1f ms  %8.1f req/s%s%n", clients,
                                    question.name(), side.name(), m.p50Millis(), m.p95Millis(), m.throughput(),
                                    m.errors() > 0 ? "  " + m.errors() + " errors: " + m.firstError() : "");
                        }
                    }
                }
                String table = report.markdown();
                out.println();
                out.println(table);
                if (options.docs() != null) {
                    report.writeInto(options.docs());
                    out.println("Written into " + options.docs());
                }
                return table;
            } finally {
                if (peer != null) {
                    peer.destroy();
                    peer.waitFor(10, TimeUnit.SECONDS);
                    peer.destroyForcibly();
                }
            }
        }
    }

    /**
     * Asks every question of the mix once of ChainGraph at {@code base} (arguments drawn from the
     * store through {@code graph}) and returns, per question that failed, the error: for tests that
     * check what the mix runs, e.g. the plans of its statements.
     */
    public static Map<String, String> askEachOnce(URI base, Graph graph, Runnable afterSampling) {
        Samples samples = Samples.of(graph, 20);
        afterSampling.run();
        Side chainGraph = GraphQlSide.chainGraph(base);
        var failures = new LinkedHashMap<String, String>();
        for (Question question : QueryMix.questions()) {
            try {
                chainGraph.prepare(question).orElseThrow().run(question.arguments().apply(samples, 0));
            } catch (Exception e) {
                failures.put(question.name(), e.toString());
            }
        }
        return failures;
    }

    private boolean selected(Question question) {
        return options.only().isEmpty() || options.only().stream().anyMatch(question.name()::contains);
    }

    private static String jvm() {
        var args = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx") || a.startsWith("-XX:+Use")).toList();
        return "JVM " + String.join(" ", args);
    }

    private void awaitReady(URI base) throws InterruptedException {
        var http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try {
                var response = http.send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("ChainGraph did not become ready in 5 minutes");
    }

    private Process startPeer(Path peerDir, int boltPort, String password, int peerPort) throws InterruptedException {
        Path server = peerDir.resolve("server.mjs");
        if (!Files.isRegularFile(server) || !Files.isDirectory(peerDir.resolve("node_modules"))) {
            throw new IllegalStateException("the peer is not installed in " + peerDir + ": run scripts/install-bench-peer.sh first");
        }
        out.println("Starting the Neo4j GraphQL Library (" + peerDir + ") …");
        var builder = new ProcessBuilder("node", server.toString()).redirectErrorStream(true);
        builder.environment().put("NEO4J_URI", "bolt://127.0.0.1:" + boltPort);
        builder.environment().put("NEO4J_USERNAME", "neo4j");
        builder.environment().put("NEO4J_PASSWORD", password);
        builder.environment().put("PORT", Integer.toString(peerPort));
        try {
            Process process = builder.start();
            // Also when the benchmark is interrupted: no Node.js process outlives it.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("peer ready")) {
                    Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "peer-output");
                    drain.setDaemon(true);
                    drain.start();
                    return process;
                }
                out.println("  peer: " + line);
                if (System.nanoTime() > deadline) {
                    break;
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("the peer did not start (exit " + (process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : "?") + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node for the peer", e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
