package org.chaingraph.gaps;

/**
 * The key of a batched per-segment field of a report (candidates, local suppliers): the segment,
 * the report's region and year, and how many rows were asked for. Keys of one {@link #batch()} are
 * loaded by one statement.
 */
public record SegmentKey(String segmentId, Scope scope, int first) {

    /** What keys must share to be loaded together: everything but the segment. */
    public record Batch(Scope scope, int first) {
    }

    public Batch batch() {
        return new Batch(scope, first);
    }
}
