package org.chaingraph.gaps;

import org.neo4j.driver.Record;

/** n and q of docs/contracts.md §6 for one segment: local enterprises operating in it, and how many of them are quality enterprises. */
public record SegmentCount(String segmentId, int localSuppliers, int qualitySuppliers) {

    public static final SegmentCount NONE = new SegmentCount("", 0, 0);

    /** From a row of {@code gaps/segment-coverage}. */
    public static SegmentCount of(Record row) {
        return new SegmentCount(row.get("segment").asString(), row.get("n").asInt(), row.get("q").asInt());
    }
}
