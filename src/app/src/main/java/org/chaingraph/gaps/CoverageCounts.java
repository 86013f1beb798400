package org.chaingraph.gaps;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.chaingraph.neo4j.Graph;
import org.springframework.stereotype.Component;

/**
 * The coverage counts behind {@code chainGaps} and {@code chainMap}: per region and segment, how many
 * of the region's own firms operate in the segment (n) and how many of them are quality firms in
 * each year (q), kept as {@code CoverageCount} nodes so a report sums a few counts per region instead
 * of visiting every firm (its cost then follows the chain and the regions asked, not the number of
 * firms). Rebuilt after every import, since only imported data feeds them; until a rebuild has
 * finished for the store's current data, {@code gaps/segment-coverage} computes from the firms, so
 * a report is never answered from counts older than the data.
 */
@Component
public final class CoverageCounts {

    /** The years counted; a report for another year is computed from the firms. */
    public static final int FROM_YEAR = 2010;
    public static final int TO_YEAR = 2035;

    private static final long PROGRESS_EVERY_NANOS = 3_000_000_000L;

    private final Graph graph;

    public CoverageCounts(Graph graph) {
        this.graph = graph;
    }

    /** Whether the counts describe the store's imported data as it is now. */
    public boolean current() {
        return graph.readOne("gaps/coverage-state", Map.of(), r -> r.get("current").asBoolean()).orElse(false);
    }

    /**
     * Counts every region again, one transaction per region, and marks the counts current if no
     * imported data changed meanwhile (else they stay unused until the next rebuild). These writes
     * change no imported data, so they leave the answers cached from it in place.
     *
     * @return whether the counts were marked current
     */
    public boolean rebuild(Consumer<String> progress) {
        long started = System.nanoTime();
        long dataset = graph.dataVersion().dataset();
        List<String> regions = graph.read("gaps/coverage-regions", Map.of(), r -> r.get("code").asString());
        progress.accept("Counting segment coverage in " + regions.size() + " regions …");
        long counts = 0;
        long toldAt = System.nanoTime();
        for (int i = 0; i < regions.size(); i++) {
            counts += count(regions.get(i));
            if (System.nanoTime() - toldAt > PROGRESS_EVERY_NANOS && i + 1 < regions.size()) {
                progress.accept(String.format("  … %d of %d regions counted", i + 1, regions.size()));
                toldAt = System.nanoTime();
            }
        }
        boolean marked = graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> tx.run("gaps/mark-coverage",
                Map.of("dataset", dataset, "fromYear", FROM_YEAR, "toYear", TO_YEAR), r -> r.get("marked").asBoolean())).get(0);
        progress.accept(String.format("  %,d coverage counts in %.1f s%s", counts, (System.nanoTime() - started) / 1e9,
                marked ? "" : " (imported data changed meanwhile: reports compute from the firms until the next count)"));
        return marked;
    }

    private long count(String region) {
        return graph.inWriteTransaction(Graph.Writes.ACTIVITY, tx -> tx.run("gaps/refresh-coverage",
                Map.of("regionCode", region, "fromYear", FROM_YEAR, "toYear", TO_YEAR), r -> r.get("counted").asLong()).get(0));
    }

    /** Rebuilds the counts unless they are current (a store bulk-loaded, or written by an older version). */
    public void rebuildIfStale(Consumer<String> progress) {
        if (!current()) {
            rebuild(progress);
        }
    }
}
