package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.chaingraph.e2e.HttpError;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.w3c.dom.Element;

/** chainMap over GraphQL, and the same map as SVG and as an HTML page. */
class ChainMapTest extends GapApiTest {

    @Test
    void columnsFollowDepthAndStagesAndCoordinatesFollowColumnsAndRows() {
        var map = chainMap("gx", HANGZHOU, YEAR);
        var nodes = list(map, "nodes");

        var columns = new HashMap<String, Object>();
        nodes.forEach(n -> columns.put((String) n.get("id"), n.get("column")));
        // UPSTREAM: resin, mask (sources) then photoresist; MIDSTREAM starts after: litho, euv, then etch;
        // DOWNSTREAM starts after: package, test, then app, then recycle.
        assertThat(columns).containsOnly(entry("gx-resin", 0), entry("gx-mask", 0), entry("gx-photoresist", 1),
                entry("gx-litho", 2), entry("gx-litho-euv", 2), entry("gx-etch", 3),
                entry("gx-package", 4), entry("gx-test", 4), entry("gx-app", 5), entry("gx-recycle", 6));
        assertThat(map).containsEntry("columns", 7).containsEntry("rows", 2).containsEntry("width", 1440.0).containsEntry("height", 90.0);
        assertThat(nodes).allSatisfy(n -> {
            assertThat(((Number) n.get("x")).doubleValue()).isEqualTo((Integer) n.get("column") * 240.0);
            assertThat(((Number) n.get("y")).doubleValue() % 45).isZero();
        });
        assertThat(nodes).extracting(n -> n.get("column")).isSorted();
    }

    @Test
    void edgesAreTheFlowsWithinTheChainAllPointingRight() {
        var map = chainMap("gx", HANGZHOU, YEAR);
        var columns = new HashMap<String, Integer>();
        list(map, "nodes").forEach(n -> columns.put((String) n.get("id"), (Integer) n.get("column")));

        // gy-base → gx-mask is a flow from another chain: not drawn.
        assertThat(list(map, "edges")).hasSize(10).extracting(e -> e.get("source") + ">" + e.get("target"))
                .doesNotContain("gy-base>gx-mask").contains("gx-photoresist>gx-litho-euv", "gx-package>gx-app");
        assertThat(list(map, "edges")).allSatisfy(e -> assertThat(columns.get((String) e.get("target"))).isGreaterThan(columns.get((String) e.get("source"))));
    }

    @Test
    void nodesCarryTheStatusesOfTheGapReport() {
        var nodes = list(chainMap("gx", HANGZHOU, YEAR), "nodes");
        var report = report("gx", HANGZHOU, YEAR);

        for (var segment : list(report, "segments")) {
            String id = (String) map(segment, "segment").get("id");
            var node = nodes.stream().filter(n -> id.equals(n.get("id"))).findFirst().orElseThrow();
            assertThat(node.get("status")).as(id).isEqualTo(segment.get("status"));
            assertThat(node.get("localSupplierCount")).as(id).isEqualTo(segment.get("localSupplierCount"));
        }
        var euv = nodes.stream().filter(n -> "gx-litho-euv".equals(n.get("id"))).findFirst().orElseThrow();
        assertThat(euv).containsEntry("parentId", "gx-litho").containsEntry("kind", "FILL").containsEntry("severity", 4.0)
                .containsEntry("name", "EUV光刻").containsEntry("stage", "MIDSTREAM");
    }

    @Test
    void withoutARegionNodesHaveNoStatus() {
        var map = chainMap("gx", null, null);

        assertThat(map.get("region")).isNull();
        assertThat(list(map, "nodes")).allSatisfy(n -> assertThat(n).containsEntry("status", null).containsEntry("localSupplierCount", null));
    }

    @Test
    void aCycleIsLaidOutAndTheLayoutIsDeterministic() {
        var first = chainMap("gc", HANGZHOU, YEAR);

        assertThat(list(first, "nodes")).extracting(n -> n.get("id"), n -> n.get("column"))
                .containsExactly(tuple("gc-a", 0), tuple("gc-b", 1),
                        tuple("gc-c", 2));
        assertThat(chainMap("gc", HANGZHOU, YEAR)).isEqualTo(first);
    }

    @Test
    void svgIsAStandaloneDocumentWithEveryNodeAndEscapedNames() throws Exception {
        byte[] body = http.get().uri("/maps/gx.svg?region={region}&year={year}", HANGZHOU, YEAR).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.parseMediaType("image/svg+xml;charset=UTF-8"))
                .expectBody().returnResult().getResponseBody();
        String svg = new String(body, StandardCharsets.UTF_8);

        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(body));
        var groups = document.getElementsByTagName("g");
        var ids = new ArrayList<String>();
        for (int i = 0; i < groups.getLength(); i++) {
            var g = (Element) groups.item(i);
            if ("node".equals(g.getAttribute("class"))) {
                ids.add(g.getAttribute("data-id") + ":" + g.getAttribute("data-status"));
            }
        }
        assertThat(ids).containsExactlyInAnyOrder("gx-resin:COVERED", "gx-mask:MISSING", "gx-photoresist:MISSING", "gx-litho:SINGLE_SOURCE",
                "gx-litho-euv:MISSING", "gx-etch:WEAK", "gx-package:MISSING", "gx-test:COVERED", "gx-app:SINGLE_SOURCE", "gx-recycle:MISSING");
        assertThat(svg).contains("终端应用 &lt;消费&amp;汽车&gt;").contains("测试光刻链 产业链图谱 · 杭州市 · 2025年")
                .contains("marker-end=\"url(#arrow)\"").contains("已覆盖（≥2家优质企业）");
    }

    @Test
    void pageEmbedsTheSvgInline() {
        String page = http.get().uri("/maps/gx?region={region}&year={year}", HANGZHOU, YEAR).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<g class=\"node\" data-id=\"gx-litho-euv\"").contains("href=\"/maps/gx.svg?region=330100&amp;year=2025\"");
    }

    @Test
    void withoutARegionTheSvgIsNeutral() {
        String svg = http.get().uri("/maps/gx.svg").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(svg).contains("data-status=\"NONE\"").doesNotContain("data-status=\"MISSING\"").contains("未指定地区");
    }

    @Test
    void unknownChainOrRegionIs404AndABadYear400AsCodedErrors() {
        Map<String, String> expected = Map.of(
                "/maps/nope.svg", "chainId: chain 'nope' not found",
                "/maps/nope", "chainId: chain 'nope' not found",
                "/maps/gx.svg?region=999999", "regionCode: region '999999' not found");
        expected.forEach((uri, message) -> http.get().uri(uri).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(String.class).value(body -> assertThat(HttpError.of(body))
                        .extracting(HttpError::message, HttpError::code).containsExactly(message, "NOT_FOUND")));
        for (String uri : List.of("/maps/gx.svg?region=330100&year=1948", "/maps/gx?year=2101")) {
            http.get().uri(uri).exchange().expectStatus().isBadRequest().expectBody(String.class)
                    .value(body -> assertThat(HttpError.of(body).message()).startsWith("year: must be between 1949 and 2100"));
        }
        http.get().uri("/maps/gx.svg?year=soon").exchange().expectStatus().isBadRequest()
                .expectBody(String.class).value(body -> assertThat(HttpError.of(body))
                        .extracting(HttpError::message, HttpError::code).containsExactly("year: must be a whole number, got 'soon'", "INVALID_ARGUMENT"));
    }

    private Map<String, Object> chainMap(String chainId, String regionCode, Integer year) {
        var response = graphQl.documentName("gaps/chainMap").variable("chainId", chainId).variable("regionCode", regionCode)
                .variable("year", year).execute();
        response.errors().verify();
        return response.path("chainMap").entity(MAP).get();
    }
}
