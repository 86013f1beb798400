package org.chaingraph.gaps;

import org.chaingraph.chains.Segment;
import org.chaingraph.chains.Stage;

/**
 * A segment drawn on a chain map. Status, kind and counts are those of the gap report, and null
 * when the map is drawn without a region; (x, y) is the node's centre in px (see {@link ChainLayout}).
 */
public record ChainMapNode(String id, String name, Stage stage, boolean critical, String parentId, Segment segment,
                           GapStatus status, GapKind kind, Double severity, Integer localSupplierCount,
                           Integer qualitySupplierCount, int column, int row, double x, double y) {

    static ChainMapNode of(Segment segment, String parentId, ChainLayout.Cell cell, SegmentCoverage coverage, Gap gap) {
        return new ChainMapNode(segment.id(), segment.name(), segment.stage(), segment.critical(), parentId, segment,
                coverage == null ? null : coverage.status(),
                gap == null ? null : gap.kind(),
                gap == null ? null : gap.severity(),
                coverage == null ? null : coverage.localSupplierCount(),
                coverage == null ? null : coverage.qualitySupplierCount(),
                cell.column(), cell.row(), cell.x(), cell.y());
    }
}
