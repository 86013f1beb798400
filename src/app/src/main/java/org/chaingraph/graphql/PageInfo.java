package org.chaingraph.graphql;

public record PageInfo(boolean hasNextPage, String endCursor, boolean hasPreviousPage, String startCursor) {
}
