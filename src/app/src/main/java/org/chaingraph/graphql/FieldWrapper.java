package org.chaingraph.graphql;

import java.util.List;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * A cross-cutting rule applied to some fields' data fetchers once, when the schema is built, so
 * fields it does not concern cost nothing per request. Wrappers apply in bean order: a later one
 * wraps an earlier one. The wrapped fetcher keeps describing itself as the original
 * ({@link WrappedDataFetcher}), so schema inspection still checks the controller's types.
 */
public abstract class FieldWrapper extends GraphQLTypeVisitorStub implements GraphQlSourceBuilderCustomizer {

    /** The fetcher to run instead of {@code original} for {@code field} of {@code parent}, or null to leave it. */
    protected abstract DataFetcher<?> wrap(GraphQLObjectType parent, GraphQLFieldDefinition field, DataFetcher<?> original);

    @Override
    public final void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(this));
    }

    @Override
    public final TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
        if (context.getParentNode() instanceof GraphQLObjectType parent) {
            var registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            var coordinates = FieldCoordinates.coordinates(parent, field);
            DataFetcher<?> original = registry.getDataFetcher(coordinates, field);
            DataFetcher<?> replacement = wrap(parent, field, original);
            if (replacement != null) {
                registry.dataFetcher(coordinates, WrappedDataFetcher.of(original, replacement));
            }
        }
        return TraversalControl.CONTINUE;
    }
}
