package org.chaingraph.neo4j;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one cache of ChainGraph: results of analytics (gap reports, maps, shortlists, pairings,
 * cultivation, incentives) keyed by what they were computed from and by the store's data version.
 * Every lookup reads the versions first (one index lookup), and every write transaction through any
 * instance increments them ({@link Graph#inWriteTransaction}), so a cached answer is never older than
 * the store: after a write, the next request of every instance computes afresh. An answer computed
 * from imported data alone ({@link #getFromDataset}) is keyed by the dataset's version, which the
 * API's mutations (memberships, challenges, bids) do not move: it survives them. Answers of a
 * superseded version are dropped as soon as a newer version is seen, so a stream of writes does not
 * fill the heap with answers nobody can ask for again.
 */
public final class ResultCache {

    /**
     * @param enabled    false: every request computes its answer
     * @param maxEntries how many answers to keep (least recently used go first)
     * @param expireAfterAccess answers nobody asked for this long are dropped (memory, not freshness)
     */
    @ConfigurationProperties("chaingraph.cache")
    public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("5000") long maxEntries,
                           @DefaultValue("30m") Duration expireAfterAccess) {
    }

    /** {@code version} is the dataset's when {@code fromDataset}, else the store's. */
    private record Key(String name, List<?> arguments, boolean fromDataset, long version) {
    }

    private final Graph graph;
    private final Settings settings;
    private final Cache<Key, Object> cache;
    /** Large intermediate values held softly and briefly ({@link #getBriefly}). */
    private final Cache<Key, Object> brief = Caffeine.newBuilder().softValues().maximumSize(4)
            .expireAfterWrite(Duration.ofMinutes(1)).build();
    private final AtomicReference<Graph.DataVersion> newest = new AtomicReference<>(new Graph.DataVersion(0, 0));

    public ResultCache(Graph graph, Settings settings) {
        this.graph = graph;
        this.settings = settings;
        this.cache = Caffeine.newBuilder().maximumSize(settings.maxEntries())
                .expireAfterAccess(settings.expireAfterAccess()).recordStats().build();
    }

    /**
     * The answer named {@code name} for {@code arguments} (values with equals: strings, numbers,
     * records, lists of them; null allowed) at the store's current data version; computed by
     * {@code compute} when absent. Answers must be immutable: the same object is handed to every caller.
     */
    public <T> T get(String name, Supplier<T> compute, Object... arguments) {
        return settings.enabled() ? getAt(graph.dataVersion(), false, name, compute, arguments) : compute.get();
    }

    /**
     * As {@link #get}, for an answer computed from imported data only — firms, regions, chains,
     * designations, operations, supplies, events, targets, incentives — and never from cluster
     * memberships, challenges or bids: it stays cached across the mutations that change those.
     */
    public <T> T getFromDataset(String name, Supplier<T> compute, Object... arguments) {
        return settings.enabled() ? getAt(graph.dataVersion(), true, name, compute, arguments) : compute.get();
    }

    /**
     * As {@link #get} or (with {@code fromDataset}) {@link #getFromDataset}, at data versions the
     * caller has just read with its own statement (saving the versions' round trip). {@code compute}
     * runs at that version or a later one, so an answer kept under a version is never older than it.
     */
    public <T> T getAt(Graph.DataVersion version, boolean fromDataset, String name, Supplier<T> compute, Object... arguments) {
        if (!settings.enabled()) {
            return compute.get();
        }
        dropSuperseded(version);
        return lookUp(cache, new Key(name, Arrays.asList(arguments.clone()), fromDataset, fromDataset ? version.dataset() : version.all()), compute);
    }

    /**
     * A large intermediate value computed from imported data (a region's firms, 10^4–10^5 records)
     * that answers computed moments apart share — a cultivation report and its entry list in one
     * request — rather than each reading it again. Held softly (the collector takes it before the
     * heap runs out) and for a minute at most; keyed like {@link #getFromDataset}.
     */
    public <T> T getBriefly(String name, Supplier<T> compute, Object... arguments) {
        if (!settings.enabled()) {
            return compute.get();
        }
        return lookUp(brief, new Key(name, Arrays.asList(arguments.clone()), true, graph.dataVersion().dataset()), compute);
    }

    /** The cache of answers itself, for its statistics (metrics); read-only use. */
    public Cache<?, ?> caffeine() {
        return cache;
    }

    /** What {@link #getBriefly} holds for {@code name} and {@code arguments} now, if anything; computes nothing. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> peekBriefly(String name, Object... arguments) {
        if (!settings.enabled()) {
            return Optional.empty();
        }
        return Optional.ofNullable((T) brief.getIfPresent(new Key(name, Arrays.asList(arguments.clone()), true, graph.dataVersion().dataset())));
    }

    @SuppressWarnings("unchecked")
    private static <T> T lookUp(Cache<Key, Object> cache, Key key, Supplier<T> compute) {
        Object cached = cache.getIfPresent(key);
        if (cached != null) {
            return (T) cached;
        }
        // Computed outside the cache's lock: an answer may itself use cached parts (a report and its loaders).
        T computed = compute.get();
        cache.put(key, computed);
        return computed;
    }

    /** On the first sight of a newer version, drops every answer keyed by an older one (they can never be hit again). */
    private void dropSuperseded(Graph.DataVersion version) {
        Graph.DataVersion before = newest.getAndAccumulate(version, (a, b) -> b.all() > a.all() ? b : a);
        if (version.all() > before.all()) {
            cache.asMap().keySet().removeIf(k -> k.version() < (k.fromDataset() ? version.dataset() : version.all()));
        }
    }

    /** How many answers are kept. */
    public long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Drops every answer (tests that count the statements an answer costs start from a cold cache). */
    public void clear() {
        cache.invalidateAll();
        brief.invalidateAll();
    }

    /** Hits and misses so far, for the benchmark's cache figures. */
    public CacheStats stats() {
        return cache.stats();
    }
}
