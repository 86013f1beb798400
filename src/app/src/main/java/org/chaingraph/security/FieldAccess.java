package org.chaingraph.security;

import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.chaingraph.errors.ErrorCode;
import org.chaingraph.graphql.FieldWrapper;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Enforces {@code @requires(role: …)} on every field that declares it, the one place field-level
 * access is decided: when the schema is built, each such field's data fetcher is wrapped
 * ({@link FieldWrapper}). A caller below the role gets null for the field
 * and a FORBIDDEN error whose path is that field, the rest of the response intact; a mutation below
 * its role never runs.
 */
@Component
@Order(0)
final class FieldAccess extends FieldWrapper {

    static final String DIRECTIVE = "requires";

    private final Role anonymousRole;

    FieldAccess(SecurityProperties properties) {
        this.anonymousRole = properties.anonymous().orElse(Role.VIEWER);
    }

    @Override
    protected DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> original) {
        var directive = field.getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return null;
        }
        Object role = directive.getArgument("role").getValue();
        return guarded(original, field.getName(), Role.valueOf(role.toString()));
    }

    private DataFetcher<?> guarded(DataFetcher<?> fetcher, String field, Role needed) {
        return environment -> {
            Caller caller = CallerInterceptor.caller(environment.getGraphQlContext(), anonymousRole);
            if (caller.role().covers(needed)) {
                return fetcher.get(environment);
            }
            return DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(environment)
                            .errorType(ErrorType.FORBIDDEN)
                            .message(field + ": needs role " + needed + "; this request is " + caller.describe()
                                    + (caller.authenticated() ? "" : ". Send an API key (CHAINGRAPH_API_KEYS or CHAINGRAPH_ADMIN_TOKEN) or a JWT"))
                            .extensions(Map.of("code", ErrorCode.FORBIDDEN.name(), "requiredRole", needed.name()))
                            .build())
                    .build();
        };
    }
}
