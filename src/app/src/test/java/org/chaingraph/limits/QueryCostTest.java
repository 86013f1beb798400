package org.chaingraph.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import graphql.execution.CoercedVariables;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

class QueryCostTest {

    static final String SDL = """
            directive @cost(weight: Int!) on FIELD_DEFINITION
            directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!]) on FIELD_DEFINITION
            type Query {
              chain(id: ID!): Chain
              report: Report @cost(weight: 100)
              page(first: Int): Connection @listSize(assumedSize: 20, slicingArguments: ["first"], sizedFields: ["edges"])
            }
            type Chain { id: ID! segments: [Segment!]! @listSize(assumedSize: 40) }
            type Segment { id: ID! name: String upstream: [Segment!]! }
            type Report { total: Int }
            type Connection { edges: [Edge!]! total: Int }
            type Edge { node: Segment! }
            """;

    static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
            RuntimeWiring.newRuntimeWiring().build());

    static QueryCost.Measure measure(String query) {
        var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperation(SCHEMA, Parser.parse(query), null,
                CoercedVariables.of(Map.of()));
        return QueryCost.of(SCHEMA, operation.getTopLevelFields(), 10);
    }

    @Test
    void scalarsAreFreeObjectsCostOneAndListsMultiplyWhatIsBelowThem() {
        assertThat(measure("{ chain(id: 1) { id } }").cost()).isEqualTo(1);
        // chain 1 + segments (1 + 40 × (upstream 1 + 10 × 0))
        assertThat(measure("{ chain(id: 1) { segments { id upstream { id } } } }").cost()).isEqualTo(1 + 1 + 40 * 1);
        assertThat(measure("{ report { total } }").cost()).isEqualTo(100);
    }

    @Test
    void slicingArgumentsSizeTheNamedChildrenAndAreCappedAtTheLargestPage() {
        assertThat(measure("{ page(first: 5) { total edges { node { id } } } }").cost()).isEqualTo(1 + 5 * (1 + 1));
        assertThat(measure("{ page { edges { node { id } } } }").cost()).isEqualTo(1 + 20 * (1 + 1));
        assertThat(measure("{ page(first: 100000) { edges { node { id } } } }").cost()).isEqualTo(1 + 100 * (1 + 1));
    }

    @Test
    void nestingMultipliesAndDepthAndAliasesAreCounted() {
        var deep = measure("{ chain(id: 1) { segments { upstream { upstream { upstream { id } } } } } }");
        assertThat(deep.depth()).isEqualTo(6);
        assertThat(deep.cost()).isEqualTo(1 + 1 + 40 * (1 + 10 * (1 + 10 * 1)));
        var aliased = measure("{ a: report { total } b: report { total } report { t: total } }");
        assertThat(aliased.aliases()).isEqualTo(3);
        assertThat(aliased.cost()).isEqualTo(300);
    }

    @Test
    void introspectionIsNotCharged() {
        assertThat(measure("{ __schema { types { name fields { type { ofType { ofType { name } } } } } } }").cost()).isZero();
    }
}
