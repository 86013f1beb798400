package org.chaingraph.graphql;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Parses and validates each distinct operation text once: front-ends and dashboards send the same
 * few operations with different variables, and parsing plus validation was about a tenth of a
 * lookup's cost. Only documents that passed validation are kept (an invalid one is answered afresh,
 * so its errors never come from here). The limits that depend on variables (depth, aliases, cost)
 * run when each operation executes (limits/QueryLimits), cached document or not; a document is
 * only cached after it passed the parser's size limits once, and they depend on its text alone.
 */
@Component
final class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    /** Documents of up to 50,000 characters (chaingraph.limits.max-document-length); about 20 MB at most. */
    private static final long MAX_WEIGHT = 20_000_000;

    private final Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT)
            .<String, PreparsedDocumentEntry>weigher((query, entry) -> query.length() * 4 + 1_000)
            .build();

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                     Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = documents.getIfPresent(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            documents.put(input.getQuery(), entry);
        }
        return CompletableFuture.completedFuture(entry);
    }
}
