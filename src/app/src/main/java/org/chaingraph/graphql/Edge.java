package org.chaingraph.graphql;

public record Edge<N>(String cursor, N node) {
}
