package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.graphql.SmallDataset.CHUNENG_PACKS;
import static org.chaingraph.e2e.graphql.SmallDataset.HENGNENG_BATTERY;
import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ChainQueryTest extends GraphQlApiTest {

    @Test
    void chainHasItsSegmentsWithUpstreamAndDownstream() {
        var chain = graphQl.documentName("chain").variable("id", "CH-NEV").execute();

        chain.path("chain.name").entity(String.class).isEqualTo("新能源汽车");
        chain.path("chain.nameEn").entity(String.class).isEqualTo("New energy vehicles");
        chain.path("chain.segments[*].id").entityList(String.class)
                .containsExactly("NEV-CATHODE", "NEV-CELL", "NEV-CELL-PACK", "NEV-LI", "NEV-MOTOR", "NEV-VEHICLE");
        Map<String, Map<String, Object>> segments = byId(chain.path("chain.segments").entityList(Map.class).get());

        assertThat(ids(segments.get("NEV-CELL").get("upstream"))).containsExactly("NEV-CATHODE");
        assertThat(ids(segments.get("NEV-CELL").get("downstream"))).containsExactly("NEV-VEHICLE");
        assertThat(ids(segments.get("NEV-CELL").get("children"))).containsExactly("NEV-CELL-PACK");
        assertThat(segments.get("NEV-CELL").get("critical")).isEqualTo(true);
        assertThat(segments.get("NEV-CELL").get("capabilities")).isEqualTo(List.of("电池管理系统", "电芯制造"));
        assertThat(ids(segments.get("NEV-VEHICLE").get("upstream"))).containsExactly("NEV-CELL", "NEV-CELL-PACK", "NEV-MOTOR");
        assertThat(ids(segments.get("NEV-VEHICLE").get("downstream"))).isEmpty();
        assertThat(ids(segments.get("NEV-LI").get("upstream"))).isEmpty();
        assertThat(segments.get("NEV-LI").get("stage")).isEqualTo("UPSTREAM");
        assertThat(((Map<?, ?>) segments.get("NEV-CELL-PACK").get("parent")).get("id")).isEqualTo("NEV-CELL");
        assertThat(segments.get("NEV-CELL").get("parent")).isNull();
    }

    @Test
    void chainHasItsLeadersByRegionAndItsClusters() {
        var chain = graphQl.documentName("chain").variable("id", "CH-NEV").execute();

        chain.path("chain.leaders[*].enterprise.uscc").entityList(String.class).containsExactly(HENGNENG_BATTERY, XINGCHI_VEHICLES);
        chain.path("chain.leaders[*].region.code").entityList(String.class).containsExactly("330000", "330400");
        chain.path("chain.clusters[*].id").entityList(String.class).containsExactly("CL-JX-NEV", "CL-PD-IC");
    }

    @Test
    void chainsListsEveryChainById() {
        graphQl.documentName("chains").execute()
                .path("chains[*].id").entityList(String.class).containsExactly("CH-IC", "CH-NEV")
                .path("chains[0].segments[*].id").entityList(String.class)
                .containsExactly("IC-DESIGN", "IC-EQUIP", "IC-PACKAGE", "IC-WAFER");
    }

    @Test
    void unknownChainIsNull() {
        graphQl.documentName("chain").variable("id", "CH-NONE").execute().path("chain").valueIsNull();
    }

    @Test
    void segmentHasItsChainParentAndNeighbours() {
        var segment = graphQl.documentName("segment").variable("id", "NEV-CELL-PACK").execute();

        segment.path("segment.chain.id").entity(String.class).isEqualTo("CH-NEV");
        segment.path("segment.parent.id").entity(String.class).isEqualTo("NEV-CELL");
        segment.path("segment.children").entityList(Object.class).hasSize(0);
        segment.path("segment.upstream").entityList(Object.class).hasSize(0);
        segment.path("segment.downstream[*].id").entityList(String.class).containsExactly("NEV-VEHICLE");
        segment.path("segment.capabilities").entityList(String.class).containsExactly("电池包集成");
    }

    @Test
    void segmentEnterprisesArePagedInUsccOrder() {
        // 恒能, 储能 and every other filler (21 of 42) operate in 电池包.
        int expected = 2 + 21;
        var all = new ArrayList<String>();
        String after = null;
        do {
            var page = graphQl.documentName("segment").variable("id", "NEV-CELL-PACK").variable("first", 10).variable("after", after).execute();
            page.path("segment.enterprises.totalCount").entity(Integer.class).isEqualTo(expected);
            all.addAll(page.path("segment.enterprises.edges[*].node.uscc").entityList(String.class).get());
            after = page.path("segment.enterprises.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? page.path("segment.enterprises.pageInfo.endCursor").entity(String.class).get() : null;
        } while (after != null);
        assertThat(all).hasSize(expected).doesNotHaveDuplicates().isSorted().contains(HENGNENG_BATTERY, CHUNENG_PACKS);
    }

    @Test
    void unknownSegmentIsNull() {
        graphQl.documentName("segment").variable("id", "NONE").execute().path("segment").valueIsNull();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> byId(List<Map> segments) {
        var byId = new java.util.LinkedHashMap<String, Map<String, Object>>();
        segments.forEach(s -> byId.put((String) s.get("id"), (Map<String, Object>) s));
        return byId;
    }

    private static List<Object> ids(Object segments) {
        return ((List<?>) segments).stream().map(s -> ((Map<?, ?>) s).get("id")).map(Object.class::cast).toList();
    }
}
