package org.chaingraph.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.gaps.ChainCoverageTest.counts;
import static org.chaingraph.gaps.ChainCoverageTest.flows;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chaingraph.chains.Chain;
import org.chaingraph.chains.Segment;
import org.chaingraph.chains.Stage;
import org.chaingraph.regions.Region;
import org.chaingraph.regions.RegionLevel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ChainMapSvgTest {

    static final Chain CHAIN = new Chain("c<1>", "测试链 & <甲>", null, null);
    static final Region REGION = new Region("330100", "杭州市", RegionLevel.CITY);
    static final List<Segment> SEGMENTS = List.of(
            new Segment("S\"1", "原料 <A&B>", Stage.UPSTREAM, true),
            new Segment("S2", "中间件", Stage.MIDSTREAM, false),
            new Segment("S3", "一个名字非常非常非常非常长的下游应用环节", Stage.DOWNSTREAM, false));
    static final List<Flow> FLOWS = flows("S\"1>S2", "S2>S3");

    @Test
    void isWellFormedXmlWithEveryNodeEdgeAndEscapedText() throws Exception {
        var map = map(true);
        Document svg = parse(ChainMapSvg.document(map));

        var nodes = svg.getElementsByTagName("g");
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            var g = (Element) nodes.item(i);
            if (g.getAttribute("class").equals("node")) {
                ids.add(g.getAttribute("data-id"));
            }
        }
        assertThat(ids).containsExactlyInAnyOrder("S\"1", "S2", "S3");
        assertThat(svg.getElementsByTagName("path").getLength()).isEqualTo(2 + 1);   // two flows and the arrowhead
        assertThat(svg.getDocumentElement().getTextContent()).contains("原料 <A&B>", "测试链 & <甲> 产业链图谱 · 杭州市 · 2025年");
    }

    @Test
    void colourNodesByStatusAndListTheStatusesInTheLegend() {
        String svg = ChainMapSvg.document(map(true));

        // S"1 missing (red), S2 weak (orange), S3 covered (green).
        assertThat(svg).contains("data-status=\"MISSING\"", "data-status=\"WEAK\"", "data-status=\"COVERED\"")
                .contains(ChainMapSvg.PALETTE.get(GapStatus.MISSING).fill(), ChainMapSvg.PALETTE.get(GapStatus.COVERED).fill())
                .contains("已覆盖（≥2家优质企业）", "缺失 · 补链/延链", "粗边框：关键环节")
                .contains("marker-end=\"url(#arrow)\"")
                .contains("font-family=\"'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif\"");
    }

    @Test
    void withoutARegionEveryNodeIsNeutral() {
        String svg = ChainMapSvg.document(map(false));

        assertThat(svg).contains("data-status=\"NONE\"").doesNotContain("data-status=\"MISSING\"").contains("未指定地区");
    }

    @Test
    void longNamesAreCutWithAnEllipsisButKeptWholeInTheTooltip() {
        String svg = ChainMapSvg.document(map(true));

        assertThat(svg).contains("…</text>").contains("<title>一个名字非常非常非常非常长的下游应用环节（S3）");
    }

    @Test
    void theSameMapRendersTheSameBytes() {
        assertThat(ChainMapSvg.document(map(true))).isEqualTo(ChainMapSvg.document(map(true)));
    }

    @Test
    void escapeDropsCharactersXmlForbids() {
        assertThat(ChainMapSvg.escape("a\u0001b<'c'>")).isEqualTo("ab&lt;&#39;c&#39;&gt;");
    }

    private static ChainMap map(boolean withRegion) {
        var structure = new ChainStructure(CHAIN, REGION, SEGMENTS, Map.of(), FLOWS, Map.of());
        var coverage = ChainCoverage.of(SEGMENTS, FLOWS, counts("S2:1:0", "S3:2:2"), new Scope(REGION.code(), 2025));
        return ChainMap.of(structure, withRegion ? coverage : null, 2025);
    }

    private static Document parse(String xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
