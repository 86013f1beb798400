package org.chaingraph.cultivation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Computes this year's cultivation report, and its entry lists, of every province and city into the result cache after
 * the server starts and after every change of imported data (through any instance: the dataset
 * version is checked every {@code interval}). A province's report reads every firm of it: seconds
 * at 10^5–10^6 firms, and on a freshly started JVM more than the request time limit, so a planner's
 * first look would otherwise fail. One region at a time, in the background, taking its turn among
 * the region reports requests ask for ({@code chaingraph.limits.region-reports}).
 */
@Component
final class ReportWarmUp {

    /**
     * @param enabled  compute the reports ahead (only with the result cache on)
     * @param interval how often the dataset version is checked for a change
     */
    @ConfigurationProperties("chaingraph.cultivation.warm-up")
    record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration interval) {
    }

    private static final Logger log = LoggerFactory.getLogger(ReportWarmUp.class);

    private final Cultivation cultivation;
    private final Graph graph;
    private final Settings settings;
    private final boolean cached;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "chaingraph-report-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private long warmed = -1;

    ReportWarmUp(Cultivation cultivation, Graph graph, Settings settings, ResultCache.Settings cache) {
        this.cultivation = cultivation;
        this.graph = graph;
        this.settings = settings;
        this.cached = cache.enabled();
    }

    /** Only in a server (not a command-line import), and only when answers are cached. */
    @EventListener
    void start(ApplicationReadyEvent ready) {
        if (!settings.enabled() || !cached || !(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        scheduler.scheduleWithFixedDelay(this::warmIfChanged, 0, settings.interval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        scheduler.shutdownNow();
    }

    private void warmIfChanged() {
        try {
            long dataset = graph.dataVersion().dataset();
            if (dataset == warmed) {
                return;
            }
            long started = System.nanoTime();
            int year = YearArgument.today().getYear();
            List<String> regions = graph.read("cultivation/warm-up-regions", Map.of(), r -> r.get("code").asString());
            for (String region : regions) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                var report = cultivation.report(region, year, null);
                // Its entry lists (入库, 达规) too: they share one read of every firm of the region (the report reads only those holding an award).
                for (Designation to : cultivation.entryDesignations(report.asOf())) {
                    cultivation.entrants(report, to, 1, null);
                }
            }
            warmed = dataset;
            log.info("Cultivation reports and entry lists of {} provinces and cities for {} computed ahead in {} ms", regions.size(), year,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // The database may be away or the data changing; the next check tries again.
            log.warn("Computing cultivation reports ahead failed: {}", e.getMessage());
        }
    }
}
