package org.chaingraph.graphql;

import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.execution.SelfDescribingDataFetcher;

/**
 * A data fetcher that runs {@code around} the one it replaces and still describes itself as that
 * one (return type, arguments), so Spring's schema inspection sees through schema-time wrappers
 * (field access, audit).
 */
public final class WrappedDataFetcher<T> implements SelfDescribingDataFetcher<T> {

    private final SelfDescribingDataFetcher<?> described;
    private final DataFetcher<T> around;

    private WrappedDataFetcher(SelfDescribingDataFetcher<?> described, DataFetcher<T> around) {
        this.described = described;
        this.around = around;
    }

    /** {@code around}, describing itself as {@code original} when that one can. */
    public static <T> DataFetcher<T> of(DataFetcher<?> original, DataFetcher<T> around) {
        return original instanceof SelfDescribingDataFetcher<?> described ? new WrappedDataFetcher<>(described, around) : around;
    }

    @Override
    public T get(DataFetchingEnvironment environment) throws Exception {
        return around.get(environment);
    }

    @Override
    public String getDescription() {
        return described.getDescription();
    }

    @Override
    public ResolvableType getReturnType() {
        return described.getReturnType();
    }

    @Override
    public Map<String, ResolvableType> getArguments() {
        return described.getArguments();
    }

    @Override
    public boolean usesDataLoader() {
        return described.usesDataLoader();
    }
}
