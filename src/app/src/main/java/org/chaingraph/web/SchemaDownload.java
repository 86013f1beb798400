package org.chaingraph.web;

import graphql.schema.idl.SchemaPrinter;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The schema's SDL at {@code GET /graphql/schema}, saying it is UTF-8: its descriptions are in
 * Chinese, and a browser or download tool given {@code text/plain} without a charset guesses a
 * Western one and garbles them (Spring for GraphQL's own printer sends no charset).
 */
@RestController
class SchemaDownload {

    private final GraphQlSource source;

    SchemaDownload(GraphQlSource source) {
        this.source = source;
    }

    @GetMapping(path = "/graphql/schema", produces = "text/plain;charset=UTF-8")
    String schema() {
        return new SchemaPrinter().print(source.schema());
    }
}
