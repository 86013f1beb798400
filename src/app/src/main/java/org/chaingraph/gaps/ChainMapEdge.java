package org.chaingraph.gaps;

/** A FEEDS flow drawn on a chain map: {@code source} feeds {@code target}. */
public record ChainMapEdge(String source, String target) {
}
