package org.chaingraph.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A Relay connection. {@code E} is the edge type: {@link Edge} for plain edges, or a record with
 * the same {@code cursor} and {@code node} plus edge properties (a membership's role and since).
 */
public record Connection<E>(List<E> edges, PageInfo pageInfo, int totalCount) {

    /**
     * @param rows     up to {@code page.limit()} rows in key order, starting after the page's key
     * @param before   more than 0 when some item sorts at or before the page's key (hasPreviousPage); statements may stop counting at 1
     * @param keyOf    the sort key of a row, wrapped into its cursor
     * @param edgeOf   builds an edge from its cursor and row
     */
    public static <R, E> Connection<E> of(List<R> rows, Page page, long totalCount, long before,
                                          Function<R, String> keyOf, BiFunction<String, R, E> edgeOf) {
        List<R> shown = rows.size() > page.first() ? rows.subList(0, page.first()) : rows;
        var edges = new ArrayList<E>(shown.size());
        String start = null;
        String end = null;
        for (R row : shown) {
            end = Cursor.encode(keyOf.apply(row));
            if (start == null) {
                start = end;
            }
            edges.add(edgeOf.apply(end, row));
        }
        var pageInfo = new PageInfo(rows.size() > page.first(), end, before > 0, start);
        return new Connection<>(List.copyOf(edges), pageInfo, Math.toIntExact(totalCount));
    }

    /** A connection of plain edges. */
    public static <N> Connection<Edge<N>> of(List<N> nodes, Page page, long totalCount, long before, Function<N, String> keyOf) {
        return of(nodes, page, totalCount, before, keyOf, Edge::new);
    }
}
