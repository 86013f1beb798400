package org.chaingraph.security;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.chaingraph.errors.ErrorCode;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforces {@code @requires(role: …)} on every field that declares it, the one place field-level
 * access is decided: a caller below the role gets null for the field and a FORBIDDEN error whose
 * path is that field, the rest of the response intact; a mutation below its role never runs.
 */
@Component
// Inside the audit instrumentation (order 100), so refused mutations are recorded too.
@Order(0)
final class FieldAccess extends SimplePerformantInstrumentation {

    static final String DIRECTIVE = "requires";

    private final Role anonymousRole;

    FieldAccess(SecurityProperties properties) {
        this.anonymousRole = properties.anonymous().orElse(Role.VIEWER);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        var directive = parameters.getField().getAppliedDirective(DIRECTIVE);
        if (directive == null) {
            return dataFetcher;
        }
        Object role = directive.getArgument("role").getValue();
        Role needed = Role.valueOf(role.toString());
        Caller caller = CallerInterceptor.caller(parameters.getEnvironment().getGraphQlContext(), anonymousRole);
        if (caller.role().covers(needed)) {
            return dataFetcher;
        }
        String field = parameters.getField().getName();
        return environment -> DataFetcherResult.newResult()
                .error(GraphqlErrorBuilder.newError(environment)
                        .errorType(ErrorType.FORBIDDEN)
                        .message(field + ": needs role " + needed + "; this request is " + caller.describe()
                                + (caller.authenticated() ? "" : ". Send an API key (CHAINGRAPH_API_KEYS or CHAINGRAPH_ADMIN_TOKEN) or a JWT"))
                        .extensions(java.util.Map.of("code", ErrorCode.FORBIDDEN.name(), "requiredRole", needed.name()))
                        .build())
                .build();
    }
}
