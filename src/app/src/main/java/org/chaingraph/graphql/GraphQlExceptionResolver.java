package org.chaingraph.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns our exceptions into classified GraphQL errors. Anything else is left to Spring, which
 * answers INTERNAL_ERROR with a generic message, so stack traces never reach clients.
 */
@Component
final class GraphQlExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        ErrorType type;
        if (ex instanceof BadRequestException) {
            type = ErrorType.BAD_REQUEST;
        } else if (ex instanceof NotFoundException) {
            type = ErrorType.NOT_FOUND;
        } else if (ex instanceof ForbiddenException) {
            type = ErrorType.FORBIDDEN;
        } else {
            return null;
        }
        return GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
    }
}
