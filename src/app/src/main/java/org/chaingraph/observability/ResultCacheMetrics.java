package org.chaingraph.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.chaingraph.neo4j.ResultCache;
import org.springframework.stereotype.Component;

/** Hits, misses, evictions and size of the result cache ({@code cache.*{cache="results"}}). */
@Component
final class ResultCacheMetrics implements MeterBinder {

    private final ResultCache cache;

    ResultCacheMetrics(ResultCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cache.caffeine(), "results");
    }
}
