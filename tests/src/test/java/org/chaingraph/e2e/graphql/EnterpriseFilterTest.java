package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.graphql.SmallDataset.CHUNENG_PACKS;
import static org.chaingraph.e2e.graphql.SmallDataset.FILLERS;
import static org.chaingraph.e2e.graphql.SmallDataset.HENGNENG_BATTERY;
import static org.chaingraph.e2e.graphql.SmallDataset.HUAJING_WAFER;
import static org.chaingraph.e2e.graphql.SmallDataset.HUAXIN_PACKAGING;
import static org.chaingraph.e2e.graphql.SmallDataset.NANHU_MOTOR;
import static org.chaingraph.e2e.graphql.SmallDataset.PUDONG_RECYCLING;
import static org.chaingraph.e2e.graphql.SmallDataset.WEINA_MATERIALS;
import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;
import static org.chaingraph.e2e.graphql.SmallDataset.XINTU_MICRO;
import static org.chaingraph.e2e.graphql.SmallDataset.XIUZHOU_CONTROLS;
import static org.chaingraph.e2e.graphql.SmallDataset.ZHENGJI_CATHODE;
import static org.chaingraph.e2e.graphql.SmallDataset.ZHIXIN_EQUIPMENT;

import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EnterpriseFilterTest extends GraphQlApiTest {

    @Test
    void regionFilterCoversTheRegionAndEveryRegionBelowIt() {
        // 南湖区 (a district) alone.
        assertThat(usccs(Map.of("regionCode", "330402")))
                .containsExactly(XINGCHI_VEHICLES, NANHU_MOTOR, HUAXIN_PACKAGING, ZHIXIN_EQUIPMENT, WEINA_MATERIALS);
        // 嘉兴市: its two districts, 5 + 4 named enterprises and the 42 fillers of 秀洲区.
        assertThat(totalCount(Map.of("regionCode", "330400"))).isEqualTo(9 + FILLERS);
        // 浙江省: two levels down, plus the one enterprise registered at province level.
        assertThat(totalCount(Map.of("regionCode", "330000"))).isEqualTo(10 + FILLERS);
        assertThat(usccs(Map.of("regionCode", "310000"))).containsExactly(XINTU_MICRO, HUAJING_WAFER, PUDONG_RECYCLING);
    }

    @Test
    void designationFilterKeepsOnlyAwardsValidInTheYear() {
        // 2024: 南湖精工's award expired in 2022 and 浦东锂电's starts in 2025.
        assertThat(usccs(Map.of("designation", "SPECIALIZED_SME", "year", 2024)))
                .containsExactly(XINTU_MICRO, HUAXIN_PACKAGING, ZHENGJI_CATHODE);
        // 2021: 南湖精工's award (2020–2022) is valid; 华芯's (2023) is not yet.
        assertThat(usccs(Map.of("designation", "SPECIALIZED_SME", "year", 2021)))
                .containsExactly(XINTU_MICRO, NANHU_MOTOR, ZHENGJI_CATHODE);
        // Boundaries: an award is valid in its expiry year, not after it.
        assertThat(usccs(Map.of("designation", "SPECIALIZED_SME", "year", 2022))).contains(NANHU_MOTOR);
        assertThat(usccs(Map.of("designation", "SPECIALIZED_SME", "year", 2023))).doesNotContain(NANHU_MOTOR);
        assertThat(usccs(Map.of("designation", "SPECIALIZED_SME", "year", 2025)))
                .containsExactly(XINTU_MICRO, PUDONG_RECYCLING, HUAXIN_PACKAGING, ZHENGJI_CATHODE);
    }

    @Test
    void designationFilterDefaultsToTheCurrentYear() {
        int thisYear = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertThat(usccs(Map.of("designation", "LITTLE_GIANT")))
                .isEqualTo(usccs(Map.of("designation", "LITTLE_GIANT", "year", thisYear)));
    }

    @Test
    void scaleFilter() {
        assertThat(usccs(Map.of("scale", "LARGE"))).containsExactly(HUAJING_WAFER, XINGCHI_VEHICLES, HENGNENG_BATTERY);
    }

    @Test
    void segmentFilter() {
        assertThat(usccs(Map.of("segmentId", "NEV-MOTOR"))).containsExactly(NANHU_MOTOR, XIUZHOU_CONTROLS);
    }

    @Test
    void chainFilterMeansOperatingInAnySegmentOfTheChain() {
        assertThat(usccs(Map.of("chainId", "CH-IC")))
                .containsExactly(XINTU_MICRO, HUAJING_WAFER, HUAXIN_PACKAGING, ZHIXIN_EQUIPMENT, WEINA_MATERIALS);
        // Sub-segments count: 电池包 (NEV-CELL-PACK, under 动力电池) operators are in the chain.
        assertThat(usccs(Map.of("chainId", "CH-NEV"))).contains(CHUNENG_PACKS);
    }

    @Test
    void clusterFilter() {
        assertThat(usccs(Map.of("clusterId", "CL-NH-IC"))).containsExactly(HUAXIN_PACKAGING, ZHIXIN_EQUIPMENT, WEINA_MATERIALS);
    }

    @Test
    void criteriaCombineWithAnd() {
        assertThat(usccs(Map.of("regionCode", "330400", "chainId", "CH-IC")))
                .containsExactly(HUAXIN_PACKAGING, ZHIXIN_EQUIPMENT, WEINA_MATERIALS);
        assertThat(usccs(Map.of("regionCode", "330400", "scale", "LARGE", "designation", "EAGLE", "year", 2024)))
                .containsExactly(XINGCHI_VEHICLES);
    }

    @Test
    void unknownIdsInTheFilterMatchNothing() {
        assertThat(totalCount(Map.of("regionCode", "999999"))).isZero();
        assertThat(totalCount(Map.of("chainId", "CH-NONE"))).isZero();
    }

    @Test
    void blankIdIsBadRequestNamingTheField() {
        expectBadRequest(Map.of("regionCode", " "), "filter.regionCode");
        expectBadRequest(Map.of("segmentId", ""), "filter.segmentId");
    }

    @Test
    void yearWithoutDesignationOrOutOfRangeIsBadRequest() {
        expectBadRequest(Map.of("year", 2024), "filter.year");
        expectBadRequest(Map.of("designation", "GAZELLE", "year", 99999), "filter.year");
    }

    @Test
    void unknownEnumValueIsRejectedBeforeExecution() {
        graphQl.documentName("enterprises").variable("filter", Map.of("scale", "HUGE")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(e.getMessage()).contains("filter").contains("HUGE")));
    }

    private void expectBadRequest(Map<String, Object> filter, String field) {
        graphQl.documentName("enterprises").variable("filter", filter).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(badRequestNaming(e, field)).as(e.getMessage()).isTrue()));
    }

    private List<String> usccs(Map<String, Object> filter) {
        return graphQl.documentName("enterprises").variable("filter", filter).variable("first", 100).execute()
                .path("enterprises.edges[*].node.uscc").entityList(String.class).get();
    }

    private int totalCount(Map<String, Object> filter) {
        return graphQl.documentName("enterprises").variable("filter", filter).execute()
                .path("enterprises.totalCount").entity(Integer.class).get();
    }
}
