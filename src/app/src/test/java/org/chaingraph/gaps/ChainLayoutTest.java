package org.chaingraph.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.gaps.ChainCoverageTest.flows;
import static org.chaingraph.gaps.ChainCoverageTest.segments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.chaingraph.chains.Segment;
import org.junit.jupiter.api.Test;

class ChainLayoutTest {

    @Test
    void columnsAreTopologicalDepth() {
        var layout = ChainLayout.of(segments("A:U", "B:U", "C:M", "D:D"), flows("A>B", "B>C", "C>D", "A>C"));

        assertThat(columns(layout)).containsExactly(Map.entry("A", 0), Map.entry("B", 1), Map.entry("C", 2), Map.entry("D", 3));
    }

    @Test
    void columnsNeverMixStages() {
        // M has no upstream flow but is MIDSTREAM: it goes right of every UPSTREAM column; D likewise after M.
        var layout = ChainLayout.of(segments("U1:U", "U2:U", "U3:U", "M:M", "D:D"), flows("U1>U2", "U2>U3"));

        assertThat(layout.cell("M").column()).isEqualTo(3);
        assertThat(layout.cell("D").column()).isEqualTo(4);
    }

    @Test
    void aFlowAgainstTheStagesDoesNotMoveTheUpstreamSegment() {
        var layout = ChainLayout.of(segments("U:U", "D:D"), flows("D>U"));

        assertThat(layout.cell("U").column()).isZero();
        assertThat(layout.cell("D").column()).isEqualTo(1);
    }

    @Test
    void cyclesAreBrokenByIdOrder() {
        var layout = ChainLayout.of(segments("A:M", "B:M", "C:M"), flows("A>B", "B>C", "C>A"));

        // C → A closes the cycle found from A, the smallest id: it is the flow left out of the layering.
        assertThat(columns(layout)).containsExactly(Map.entry("A", 0), Map.entry("B", 1), Map.entry("C", 2));
    }

    @Test
    void coordinatesAreColumnTimes240AndRowTimes90WithShortColumnsCentred() {
        var layout = ChainLayout.of(segments("A:U", "B:M", "C:M", "D:M", "E:D"), flows("A>B", "A>C", "A>D", "B>E", "C>E", "D>E"));

        assertThat(layout.columns()).isEqualTo(3);
        assertThat(layout.rows()).isEqualTo(3);
        assertThat(layout.cell("A")).isEqualTo(new ChainLayout.Cell(0, 0, 0, 90));
        assertThat(layout.cell("B")).isEqualTo(new ChainLayout.Cell(1, 0, 240, 0));
        assertThat(layout.cell("D")).isEqualTo(new ChainLayout.Cell(1, 2, 240, 180));
        assertThat(layout.cell("E")).isEqualTo(new ChainLayout.Cell(2, 0, 480, 90));
        assertThat(layout.width()).isEqualTo(480);
        assertThat(layout.height()).isEqualTo(180);
    }

    @Test
    void barycenterOrderingRemovesAvoidableCrossings() {
        // Id order puts P1 above P2 but Q1 (fed by P2) above Q2 (fed by P1): one crossing, which a sweep removes.
        var segments = segments("P1:U", "P2:U", "Q1:D", "Q2:D");
        var flows = flows("P1>Q2", "P2>Q1");
        var layout = ChainLayout.of(segments, flows);

        assertThat(ChainLayout.crossings(layers(layout), flows)).isZero();
        assertThat(layout.cell("Q2").row()).isEqualTo(layout.cell("P1").row());
    }

    @Test
    void aBiggerChainEndsWithNoMoreCrossingsThanIdOrder() {
        var segments = segments("A:U", "B:U", "C:U", "D:M", "E:M", "F:M", "G:D", "H:D");
        var flows = flows("A>F", "B>E", "C>D", "D>H", "E>G", "F>G", "C>E", "A>H");
        var layout = ChainLayout.of(segments, flows);

        var idOrder = List.of(List.of("A", "B", "C"), List.of("D", "E", "F"), List.of("G", "H"));
        assertThat(ChainLayout.crossings(layers(layout), flows)).isLessThan(ChainLayout.crossings(idOrder, flows));
    }

    @Test
    void theSameInputInAnyOrderGivesTheSameLayout() {
        var segments = segments("A:U", "B:U", "C:U", "D:M", "E:M", "F:M", "G:D", "H:D");
        var flows = flows("A>F", "B>E", "C>D", "D>H", "E>G", "F>G", "C>E", "A>H");
        var shuffledSegments = new ArrayList<>(segments);
        var shuffledFlows = new ArrayList<>(flows);
        Collections.reverse(shuffledSegments);
        Collections.reverse(shuffledFlows);

        assertThat(ChainLayout.of(shuffledSegments, shuffledFlows).cells()).isEqualTo(ChainLayout.of(segments, flows).cells());
    }

    @Test
    void anEmptyChainHasAnEmptyLayout() {
        var layout = ChainLayout.of(List.<Segment>of(), List.of());

        assertThat(layout.cells()).isEmpty();
        assertThat(layout.width()).isZero();
        assertThat(layout.height()).isZero();
    }

    private static Map<String, Integer> columns(ChainLayout layout) {
        var columns = new TreeMap<String, Integer>();
        layout.cells().forEach((id, cell) -> columns.put(id, cell.column()));
        return columns;
    }

    private static List<List<String>> layers(ChainLayout layout) {
        var layers = new ArrayList<List<String>>();
        for (int c = 0; c < layout.columns(); c++) {
            int column = c;
            layers.add(layout.cells().entrySet().stream().filter(e -> e.getValue().column() == column)
                    .sorted(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.row(), b.row())))
                    .map(Map.Entry::getKey).toList());
        }
        return layers;
    }
}
