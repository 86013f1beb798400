package org.chaingraph.enterprises;

import graphql.schema.DataFetchingEnvironment;
import org.chaingraph.graphql.Connection;
import org.chaingraph.graphql.Edge;
import org.chaingraph.graphql.Loaders;
import org.chaingraph.graphql.Page;
import org.chaingraph.neo4j.ResultCache;
import org.springframework.stereotype.Component;

/**
 * {@code enterprises(filter, first, after)}: the page's rows in one statement, their regions read
 * with them when the query selects {@code region} (priming that field's loader, so no second round
 * trip), and {@code totalCount} only when it is selected. The total is the costly part (it counts
 * every match, 10^4–10^5 firms for a district or a chain), and every page of a filter has the
 * same one, so it is cached per filter and data version (the imported data's alone, unless the filter
 * names a cluster, whose members mutations change) ({@link ResultCache}): the pages after the
 * first, and every instance's repeats, cost the rows only.
 */
@Component
final class EnterprisePages {

    private final EnterpriseRepository enterprises;
    private final ResultCache cache;

    EnterprisePages(EnterpriseRepository enterprises, ResultCache cache) {
        this.enterprises = enterprises;
        this.cache = cache;
    }

    Connection<Edge<Enterprise>> page(EnterpriseFilter filter, Page page, DataFetchingEnvironment environment) {
        var fields = environment.getSelectionSet();
        EnterprisePage found = enterprises.page(filter, page, fields.contains("edges/node/region"));
        found.rows().forEach(row -> Loaders.prime(environment, "Enterprise.region", row.enterprise(), row.region()));
        // Not selected: never serialised, so not counted. Only a cluster's members change through mutations.
        long totalCount = fields.contains("totalCount")
                ? cache.getAt(found.version(), filter.clusterId() == null, "enterprises/count", () -> enterprises.count(filter), filter.parameters())
                : 0;
        return Connection.of(found.enterprises(), page, totalCount, found.before(), Enterprise::uscc);
    }
}
