package org.chaingraph.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.neo4j.Graph;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The soak run ({@code ./chaingraph soak}, docs/security.md): ChainGraph in this JVM over an
 * embedded store, on loopback only, under a mixed load for a fixed time — readers asking the
 * benchmark's whole query mix in a closed loop, writers publishing, bidding on and closing
 * challenges (each write empties every cached answer) — reporting per interval the requests, the
 * errors, p50/p95/p99 and the heap after a full collection. It passes when nothing failed and the
 * heap after collection did not grow by more than {@link #HEAP_GROWTH_MIB} MiB from the first
 * interval to the last.
 */
public final class Soak {

    /** Growth of the heap after a full collection, first to last interval, that still counts as steady. */
    public static final long HEAP_GROWTH_MIB = 64;

    public record Options(Path dataDir, Duration duration, Duration reportEvery, int readers, int writers, Duration writePause) {
    }

    public record Interval(Duration at, long requests, long errors, double p50, double p95, double p99, long heapMiB) {
    }

    public record Result(List<Interval> intervals, long requests, long writes, long errors, String firstError,
                         double p50, double p95, double p99) {

        public long heapGrowthMiB() {
            return intervals.isEmpty() ? 0 : intervals.get(intervals.size() - 1).heapMiB() - intervals.get(0).heapMiB();
        }

        public boolean ok() {
            return errors == 0 && requests > 0 && heapGrowthMiB() <= HEAP_GROWTH_MIB;
        }
    }

    private final Options options;
    private final PrintStream out;
    private final AtomicReference<Histogram> current = new AtomicReference<>(new Histogram());
    private final Histogram all = new Histogram();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong intervalErrors = new AtomicLong();
    private final AtomicLong writeCount = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    public Soak(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public Result run() throws InterruptedException {
        byte[] secret = new byte[16];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        out.printf("Starting ChainGraph over the store in %s …%n", options.dataDir().toAbsolutePath());
        try (var app = new SpringApplicationBuilder(ChainGraphApplication.class)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--server.port=0", "--server.address=127.0.0.1", "--chaingraph.dataset=", "--logging.level.root=WARN",
                        "--chaingraph.neo4j.data-dir=" + options.dataDir(),
                        "--chaingraph.admin-token=" + token,
                        // Loopback clients read figures anonymously and are never throttled.
                        "--chaingraph.security.anonymous-role=ANALYST", "--chaingraph.limits.rate.enabled=false",
                        // Nothing computed in the background while the clients are timed (cultivation/ReportWarmUp).
                        "--chaingraph.cultivation.warm-up.enabled=false")) {
            URI base = URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/");
            Samples samples = Samples.of(app.getBean(Graph.class), 200);
            GraphQlSide chainGraph = GraphQlSide.chainGraph(base);
            // Documents read once, not per request: the clients' own work stays out of the latencies.
            List<Question> questions = QueryMix.questions();
            List<Side.Call> calls = questions.stream().map(q -> chainGraph.prepare(q).orElseThrow()).toList();
            var mutations = new Writes(chainGraph, token, GraphQlSide.resource("bench/soak/publishChallenge.graphql"),
                    GraphQlSide.resource("bench/soak/bidOnChallenge.graphql"), GraphQlSide.resource("bench/soak/closeChallenge.graphql"));
            var stop = new AtomicBoolean();
            var threads = new ArrayList<Thread>();
            var counter = new AtomicInteger();
            for (int r = 0; r < options.readers(); r++) {
                threads.add(start("soak-reader-" + r, () -> {
                    while (!stop.get()) {
                        int i = counter.getAndIncrement();
                        int q = i % questions.size();
                        timed(() -> calls.get(q).run(questions.get(q).arguments().apply(samples, i / questions.size())));
                    }
                }));
            }
            for (int w = 0; w < options.writers(); w++) {
                int writer = w;
                threads.add(start("soak-writer-" + w, () -> {
                    for (int n = writer; !stop.get(); n += options.writers()) {
                        writeCycle(mutations, samples, n);
                        sleep(options.writePause());
                    }
                }));
            }
            out.printf(Locale.ROOT, "Soaking for %d s: %d readers (the query mix), %d writers (publish, bid, close; then %d ms pause) …%n",
                    options.duration().toSeconds(), options.readers(), options.writers(), options.writePause().toMillis());
            var intervals = new ArrayList<Interval>();
            long started = System.nanoTime();
            long end = started + options.duration().toNanos();
            while (System.nanoTime() < end) {
                Thread.sleep(Math.max(1, Math.min(options.reportEvery().toMillis(), (end - System.nanoTime()) / 1_000_000)));
                Histogram latencies = current.getAndSet(new Histogram());
                var interval = new Interval(Duration.ofNanos(System.nanoTime() - started), latencies.count(), intervalErrors.getAndSet(0),
                        latencies.percentile(0.50), latencies.percentile(0.95), latencies.percentile(0.99), heapAfterCollection());
                intervals.add(interval);
                out.printf(Locale.ROOT, "  %5d s  %,8d requests  %3d errors  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  heap after GC %,5d MiB%n",
                        interval.at().toSeconds(), interval.requests(), interval.errors(), interval.p50(), interval.p95(), interval.p99(),
                        interval.heapMiB());
            }
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(2).toMillis());
            }
            var result = new Result(intervals, all.count(), writeCount.get(), errors.get(), firstError.get(),
                    all.percentile(0.50), all.percentile(0.95), all.percentile(0.99));
            out.printf(Locale.ROOT, "Soak: %,d requests (%,d writes) in %d s, %d errors%s; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; "
                            + "heap after GC %,d → %,d MiB (%+d MiB; steady within %d MiB): %s%n",
                    result.requests(), result.writes(), options.duration().toSeconds(), result.errors(),
                    result.firstError() == null ? "" : " (first: " + result.firstError() + ")", result.p50(), result.p95(), result.p99(),
                    intervals.isEmpty() ? 0 : intervals.get(0).heapMiB(), intervals.isEmpty() ? 0 : intervals.get(intervals.size() - 1).heapMiB(),
                    result.heapGrowthMiB(), HEAP_GROWTH_MIB, result.ok() ? "PASSED" : "FAILED");
            return result;
        }
    }

    /** The writers' mutations, their documents read once. */
    private record Writes(GraphQlSide chainGraph, String token, String publish, String bid, String close) {
    }

    /** One writer's cycle: a leader publishes a challenge on its chain, another firm bids, the leader closes it. */
    private void writeCycle(Writes w, Samples samples, int n) {
        Map<String, Object> leader = Samples.pick(samples.leaders(), n);
        String issuer = (String) leader.get("uscc");
        String bidder = Samples.pick(samples.usccs(), n).equals(issuer) ? Samples.pick(samples.usccs(), n + 1) : Samples.pick(samples.usccs(), n);
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString();
        var input = Map.<String, Object>of("title", "耐久测试榜单 " + n, "issuerUscc", issuer, "segmentId", leader.get("segmentId"),
                "budget", 100, "deadline", deadline);
        var id = new AtomicReference<String>();
        writeCount.incrementAndGet();
        if (!timed(() -> id.set(w.chainGraph().execute(w.publish(), Map.of("input", input), w.token())
                .path("publishChallenge").path("id").asText()))) {
            return;
        }
        writeCount.incrementAndGet();
        if (!timed(() -> w.chainGraph().execute(w.bid(), Map.of("challengeId", id.get(), "uscc", bidder), w.token()))) {
            return;
        }
        writeCount.incrementAndGet();
        timed(() -> w.chainGraph().execute(w.close(), Map.of("challengeId", id.get()), w.token()));
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work}, recording its latency; false (and an error counted) when it failed. */
    private boolean timed(Work work) {
        long t0 = System.nanoTime();
        try {
            work.run();
            long elapsed = System.nanoTime() - t0;
            current.get().add(elapsed);
            all.add(elapsed);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            errors.incrementAndGet();
            intervalErrors.incrementAndGet();
            firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    private static Thread start(String name, Runnable body) {
        var thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The heap in use right after a full collection: what the process keeps, not what it has yet to collect. */
    private static long heapAfterCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /**
     * Latencies in buckets of 0.1 ms up to 60 s (longer ones in the last): a fixed size however long
     * the run, so recording does not itself grow the heap the soak watches.
     */
    static final class Histogram {
        private static final long BUCKET_NANOS = 100_000;
        private final AtomicLongArray buckets = new AtomicLongArray(600_001);
        private final AtomicLong count = new AtomicLong();

        void add(long nanos) {
            buckets.incrementAndGet((int) Math.min(buckets.length() - 1, nanos / BUCKET_NANOS));
            count.incrementAndGet();
        }

        long count() {
            return count.get();
        }

        /** The upper edge of the bucket holding the p-th latency, in milliseconds. */
        double percentile(double p) {
            long total = count.get();
            if (total == 0) {
                return 0;
            }
            long rank = Math.max(1, (long) Math.ceil(p * total));
            long seen = 0;
            for (int i = 0; i < buckets.length(); i++) {
                seen += buckets.get(i);
                if (seen >= rank) {
                    return (i + 1) * BUCKET_NANOS / 1e6;
                }
            }
            return buckets.length() * BUCKET_NANOS / 1e6;
        }
    }
}
