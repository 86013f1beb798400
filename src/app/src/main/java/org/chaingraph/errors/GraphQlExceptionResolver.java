package org.chaingraph.errors;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions thrown while resolving a field into classified, coded GraphQL errors. Anything
 * not known here becomes INTERNAL with a generic message: stack traces, class names and Cypher
 * never reach clients (they are logged with the request id).
 */
@Component
final class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        var failure = Failures.classify(ex);
        if (failure == null) {
            return null;
        }
        return GraphqlErrorBuilder.newError(env)
                .errorType(failure.code().classification())
                .message(failure.message())
                .extensions(Map.of("code", failure.code().name()))
                .build();
    }
}
