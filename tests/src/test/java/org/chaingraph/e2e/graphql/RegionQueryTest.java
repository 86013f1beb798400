package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.graphql.SmallDataset.FILLERS;
import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;

import org.junit.jupiter.api.Test;

class RegionQueryTest extends GraphQlApiTest {

    @Test
    void regionHasItsParentChildrenAndEnterprisesBelowIt() {
        var region = graphQl.documentName("region").variable("code", "330400").variable("first", 5).execute();

        region.path("region.name").entity(String.class).isEqualTo("嘉兴市");
        region.path("region.level").entity(String.class).isEqualTo("CITY");
        region.path("region.parent.code").entity(String.class).isEqualTo("330000");
        region.path("region.children[*].code").entityList(String.class).containsExactly("330402", "330411");
        region.path("region.enterprises.totalCount").entity(Integer.class).isEqualTo(9 + FILLERS);
        region.path("region.enterprises.edges[0].node.uscc").entity(String.class).isEqualTo(XINGCHI_VEHICLES);
        // Enterprises sit in the districts, not in the city itself.
        region.path("region.enterprises.edges[*].node.region.code").entityList(String.class)
                .satisfies(codes -> assertThat(codes).hasSize(5).allMatch(code -> code.equals("330402") || code.equals("330411")));
        region.path("region.enterprises.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void topLevelRegionHasNoParent() {
        graphQl.documentName("region").variable("code", "310000").execute()
                .path("region.parent").valueIsNull()
                .path("region.children[*].code").entityList(String.class).containsExactly("310115")
                .path("region.enterprises.totalCount").entity(Integer.class).isEqualTo(3);
    }

    @Test
    void regionEnterprisesContinueAfterACursor() {
        var first = graphQl.documentName("region").variable("code", "330402").variable("first", 2).execute();
        String end = first.path("region.enterprises.pageInfo.endCursor").entity(String.class).get();
        var second = graphQl.documentName("region").variable("code", "330402").variable("first", 2).variable("after", end).execute();

        var firstUsccs = first.path("region.enterprises.edges[*].node.uscc").entityList(String.class).get();
        second.path("region.enterprises.edges[*].node.uscc").entityList(String.class)
                .satisfies(usccs -> assertThat(usccs).hasSize(2).allMatch(u -> u.compareTo(firstUsccs.get(1)) > 0));
        second.path("region.enterprises.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void unknownRegionIsNull() {
        graphQl.documentName("region").variable("code", "999999").execute().path("region").valueIsNull();
    }

    @Test
    void badPageArgumentsOfANestedConnectionAreBadRequests() {
        graphQl.documentName("region").variable("code", "330400").variable("first", 500).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(badRequestNaming(e, "first")).as(e.getMessage()).isTrue())
                        .satisfies(e -> assertThat(e.getPath()).isEqualTo("region.enterprises")));
    }
}
