package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import au.com.origin.snapshots.Expect;
import au.com.origin.snapshots.junit5.SnapshotExtension;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaMappingInspector;
import org.springframework.test.web.reactive.server.WebTestClient;

@ExtendWith(SnapshotExtension.class)
class SchemaTest extends GraphQlApiTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void schemaSdl(Expect expect) {
        String sdl = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
                .get().uri("/graphql/schema").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("text/plain;charset=UTF-8")
                .expectBody(String.class).returnResult().getResponseBody();
        expect.toMatchSnapshot(sdl);
    }

    @Test
    void everyFieldHasADataFetcherOrAPropertyBehindIt() {
        var schema = graphQlSource.schema();
        var registry = schema.getCodeRegistry();
        // Only fetchers registered by controllers: the inspector checks every other field against
        // the Java type the parent field returns.
        var fetchers = new HashMap<String, Map<String, DataFetcher>>();
        schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
                .map(GraphQLObjectType.class::cast)
                .forEach(type -> type.getFieldDefinitions().forEach(field -> {
                    var coordinates = FieldCoordinates.coordinates(type, field);
                    if (registry.hasDataFetcher(coordinates)) {
                        fetchers.computeIfAbsent(type.getName(), name -> new HashMap<>())
                                .put(field.getName(), registry.getDataFetcher(coordinates, field));
                    }
                }));

        var report = SchemaMappingInspector.inspect(schema, fetchers);

        assertThat(report.unmappedFields()).as(report.toString()).isEmpty();
        assertThat(report.unmappedArguments()).as(report.toString()).isEmpty();
        assertThat(report.skippedTypes()).as(report.toString()).isEmpty();
    }
}
