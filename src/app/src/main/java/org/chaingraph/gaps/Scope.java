package org.chaingraph.gaps;

/**
 * The region and year a report was asked for. Coverage values carry it so that their batched
 * fields (candidates, local suppliers) can be loaded for the same region and year.
 */
public record Scope(String regionCode, int year) {
}
