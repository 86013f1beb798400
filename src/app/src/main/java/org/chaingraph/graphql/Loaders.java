package org.chaingraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * Priming a field's loader with what a parent's own statement already read (a lookup's relations,
 * a page's regions), so the field costs no second round trip.
 */
public final class Loaders {

    private Loaders() {
    }

    /**
     * Primes the loader named {@code loader} ({@code Type.field} for a @BatchMapping, or the name a
     * controller registered) with {@code value} for {@code key}; nothing when either is absent.
     */
    public static <K, V> void prime(DataFetchingEnvironment environment, String loader, K key, V value) {
        DataLoader<K, V> named = environment.getDataLoader(loader);
        if (named != null && value != null) {
            named.prime(key, value);
        }
    }
}
