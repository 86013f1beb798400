package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.graphql.SmallDataset.HUAXIN_PACKAGING;
import static org.chaingraph.e2e.graphql.SmallDataset.LIYUAN_MINING;
import static org.chaingraph.e2e.graphql.SmallDataset.PUDONG_RECYCLING;
import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;
import static org.chaingraph.e2e.graphql.SmallDataset.XINTU_MICRO;
import static org.chaingraph.e2e.graphql.SmallDataset.ZHIXIN_EQUIPMENT;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SearchTest extends GraphQlApiTest {

    @Test
    void twoCharacterChineseQueryFindsTheName() {
        assertThat(usccs("华芯")).containsExactly(HUAXIN_PACKAGING);
    }

    @Test
    void bestMatchComesFirst() {
        // 星驰 and 汽车 both match only 星驰新能源汽车; the fillers named …汽车配件… match 汽车 alone.
        List<Map<String, Object>> hits = search("星驰汽车", 10);
        assertThat(hits.get(0).get("uscc")).isEqualTo(XINGCHI_VEHICLES);
        assertThat(hits).hasSizeGreaterThan(1);
        assertThat(hits.subList(1, hits.size())).allSatisfy(hit -> assertThat((String) hit.get("name")).contains("汽车配件"));
    }

    @Test
    void equalScoresAreOrderedByUscc() {
        // The seven …汽车配件… fillers match every bigram and score alike; 星驰新能源汽车 only shares 汽车.
        List<String> hits = usccs("汽车配件");
        assertThat(hits).hasSize(8).endsWith(XINGCHI_VEHICLES);
        assertThat(hits.subList(0, 7)).isSorted().allMatch(uscc -> uscc.startsWith("91330411MA2C001"));
    }

    @Test
    void singleCharacterQueryFindsItAnywhereInTheName() {
        // 芯 starts a bigram in 芯途 but ends one in 华芯 and 智芯: all three are found.
        assertThat(usccs("芯")).containsExactly(XINTU_MICRO, HUAXIN_PACKAGING, ZHIXIN_EQUIPMENT);
        assertThat(usccs("锂")).containsExactly(PUDONG_RECYCLING, LIYUAN_MINING);
    }

    @Test
    void firstLimitsTheResults() {
        assertThat(search("嘉兴", 3)).hasSize(3);
        assertThat(search("嘉兴", null)).hasSize(20);
    }

    @Test
    void luceneSyntaxInTheTextIsTakenLiterally() {
        for (String text : List.of("华芯 (封测", "华芯\" OR *", "华芯:AND", "\\华芯~", "华芯/[封测]^2", "-华芯")) {
            assertThat(usccs(text)).as(text).startsWith(HUAXIN_PACKAGING);
        }
        assertThat(usccs("AND")).isEmpty();
        assertThat(usccs("*")).isEmpty();
    }

    @Test
    void blankTextIsBadRequestNamingText() {
        graphQl.documentName("search").variable("text", "  ").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(badRequestNaming(e, "text")).as(e.getMessage()).isTrue()));
    }

    @Test
    void firstOutOfRangeIsBadRequestNamingFirst() {
        graphQl.documentName("search").variable("text", "华芯").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(badRequestNaming(e, "first")).as(e.getMessage()).isTrue()));
    }

    private List<String> usccs(String text) {
        return search(text, null).stream().map(hit -> (String) hit.get("uscc")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> search(String text, Integer first) {
        return graphQl.documentName("search").variable("text", text).variable("first", first).execute()
                .path("search").entityList(Map.class).get().stream().map(m -> (Map<String, Object>) m).toList();
    }
}
