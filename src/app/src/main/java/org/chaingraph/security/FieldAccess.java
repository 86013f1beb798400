package org.chaingraph.security;

import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.chaingraph.errors.ErrorCode;
import org.chaingraph.graphql.WrappedDataFetcher;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Enforces {@code @requires(role: …)} on every field that declares it, the one place field-level
 * access is decided: when the schema is built, each such field's data fetcher is wrapped (fields
 * without the directive cost nothing per request). A caller below the role gets null for the field
 * and a FORBIDDEN error whose path is that field, the rest of the response intact; a mutation below
 * its role never runs.
 */
@Component
@Order(0)
final class FieldAccess extends GraphQLTypeVisitorStub implements GraphQlSourceBuilderCustomizer {

    static final String DIRECTIVE = "requires";

    private final Role anonymousRole;

    FieldAccess(SecurityProperties properties) {
        this.anonymousRole = properties.anonymous().orElse(Role.VIEWER);
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(java.util.List.of(this));
    }

    @Override
    public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
        var directive = field.getAppliedDirective(DIRECTIVE);
        if (directive == null || !(context.getParentNode() instanceof GraphQLObjectType parent)) {
            return TraversalControl.CONTINUE;
        }
        Object value = directive.getArgument("role").getValue();
        Role needed = Role.valueOf(value.toString());
        var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
        var coordinates = FieldCoordinates.coordinates(parent, field);
        registry.dataFetcher(coordinates, guarded(registry.getDataFetcher(coordinates, field), field.getName(), needed));
        return TraversalControl.CONTINUE;
    }

    private DataFetcher<?> guarded(DataFetcher<?> fetcher, String field, Role needed) {
        return WrappedDataFetcher.of(fetcher, environment -> {
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
        });
    }
}
