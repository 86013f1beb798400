package org.chaingraph.enterprises;

import java.util.List;

import org.chaingraph.neo4j.Graph;
import org.chaingraph.regions.Region;

/**
 * What {@code enterprises/page} read for one page: up to {@code limit} rows in USCC order, each
 * with its region when it was asked for; whether a match sorts at or before the cursor
 * ({@code before} &gt; 0); whether the answer is final; and the data versions it was read at.
 */
public record EnterprisePage(List<Row> rows, long before, boolean complete, Graph.DataVersion version) {

    public record Row(Enterprise enterprise, Region region) {
    }

    public List<Enterprise> enterprises() {
        return rows.stream().map(Row::enterprise).toList();
    }
}
