package org.chaingraph.gaps;

import org.chaingraph.chains.Segment;

/** How a region covers one segment of a chain: n, q and the status they give (docs/contracts.md §6). */
public record SegmentCoverage(Segment segment, GapStatus status, int localSupplierCount, int qualitySupplierCount, Scope scope) {

    public static SegmentCoverage of(Segment segment, SegmentCount count, Scope scope) {
        return new SegmentCoverage(segment, GapStatus.of(count.localSuppliers(), count.qualitySuppliers()),
                count.localSuppliers(), count.qualitySuppliers(), scope);
    }

    /** Whether the region has the segment at all (it belongs to K of docs/contracts.md §6). */
    public boolean present() {
        return localSupplierCount > 0;
    }
}
