package org.chaingraph.gaps;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chaingraph.chains.Chain;
import org.chaingraph.regions.Region;

/**
 * A chain drawn for a front-end: its segments placed by {@link ChainLayout} and coloured by the
 * region's coverage when a region is given, and its FEEDS flows.
 *
 * @param nodes  by column, then row
 * @param edges  by source id, then target id
 * @param width  distance between the centres of the leftmost and rightmost columns, px
 * @param height distance between the centres of the top and bottom rows, px
 */
public record ChainMap(Chain chain, Region region, int year, List<ChainMapNode> nodes, List<ChainMapEdge> edges,
                       int columns, int rows, double width, double height) {

    /**
     * @param coverage the region's coverage of the chain, or null for a map without a region
     */
    public static ChainMap of(ChainStructure structure, ChainCoverage coverage, int year) {
        var layout = ChainLayout.of(structure.segments(), structure.flows());
        Map<String, SegmentCoverage> coverageById = coverage == null ? Map.of()
                : coverage.segments().stream().collect(Collectors.toMap(c -> c.segment().id(), Function.identity()));
        Map<String, Gap> gapById = coverage == null ? Map.of()
                : coverage.gaps().stream().collect(Collectors.toMap(g -> g.segment().id(), Function.identity()));
        var nodes = structure.segments().stream()
                .map(s -> ChainMapNode.of(s, structure.parentIds().get(s.id()), layout.cell(s.id()),
                        coverageById.get(s.id()), gapById.get(s.id())))
                .sorted(Comparator.comparingInt(ChainMapNode::column).thenComparingInt(ChainMapNode::row))
                .toList();
        var edges = FeedsGraph.of(layout.cells().keySet(), structure.flows()).flows().stream()
                .map(flow -> new ChainMapEdge(flow.source(), flow.target()))
                .toList();
        return new ChainMap(structure.chain(), coverage == null ? null : structure.region(), year, nodes, edges,
                layout.columns(), layout.rows(), layout.width(), layout.height());
    }
}
