package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.graphql.SmallDataset.HENGNENG_BATTERY;
import static org.chaingraph.e2e.graphql.SmallDataset.NANHU_MOTOR;
import static org.chaingraph.e2e.graphql.SmallDataset.XINGCHI_VEHICLES;
import static org.chaingraph.e2e.graphql.SmallDataset.XIUZHOU_CONTROLS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ClusterQueryTest extends GraphQlApiTest {

    @Test
    void clusterHasItsRegionChainsAndMembers() {
        var cluster = graphQl.documentName("cluster").variable("id", "CL-PD-IC").execute();

        cluster.path("cluster.name").entity(String.class).isEqualTo("浦东集成电路创新联合体");
        cluster.path("cluster.type").entity(String.class).isEqualTo("INNOVATION_COMPLEX");
        cluster.path("cluster.level").valueIsNull();
        cluster.path("cluster.region.code").entity(String.class).isEqualTo("310115");
        cluster.path("cluster.chains[*].id").entityList(String.class).containsExactly("CH-IC", "CH-NEV");
        cluster.path("cluster.members.totalCount").entity(Integer.class).isEqualTo(3);
        cluster.path("cluster.members.edges[*].role").entityList(String.class).containsExactly("MEMBER", "ANCHOR", "MEMBER");
    }

    @Test
    void membersConnectionPagesWithRoleAndSinceOnTheEdges() {
        var roles = new HashMap<String, Object>();
        var sinces = new HashMap<String, Object>();
        var usccs = new ArrayList<String>();
        String after = null;
        int pages = 0;
        do {
            var page = graphQl.documentName("cluster").variable("id", "CL-JX-NEV").variable("first", 10).variable("after", after).execute();
            page.path("cluster.members.totalCount").entity(Integer.class).isEqualTo(25);
            List<Map> edges = page.path("cluster.members.edges").entityList(Map.class).get();
            for (Map<?, ?> edge : edges) {
                String uscc = (String) ((Map<?, ?>) edge.get("node")).get("uscc");
                usccs.add(uscc);
                roles.put(uscc, edge.get("role"));
                sinces.put(uscc, edge.get("since"));
            }
            after = page.path("cluster.members.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? page.path("cluster.members.pageInfo.endCursor").entity(String.class).get() : null;
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(usccs).hasSize(25).doesNotHaveDuplicates().isSorted();
        assertThat(roles.get(XINGCHI_VEHICLES)).isEqualTo("ANCHOR");
        assertThat(roles.get(HENGNENG_BATTERY)).isEqualTo("ANCHOR");
        assertThat(roles.values().stream().filter("ANCHOR"::equals)).hasSize(2);
        assertThat(sinces.get(XINGCHI_VEHICLES)).isEqualTo(2019);
        // An empty role in memberships.csv means MEMBER; an empty since stays unknown.
        assertThat(roles.get(NANHU_MOTOR)).isEqualTo("MEMBER");
        assertThat(sinces.get(XIUZHOU_CONTROLS)).isNull();
        assertThat(sinces).containsKey(XIUZHOU_CONTROLS);
    }

    @Test
    void clustersOfARegionIncludeThoseOfItsSubRegions() {
        assertThat(clusterIds(Map.of("regionCode", "330400"))).containsExactly("CL-JX-NEV", "CL-NH-IC");
        assertThat(clusterIds(Map.of("regionCode", "310000"))).containsExactly("CL-PD-IC");
        assertThat(clusterIds(Map.of("regionCode", "330411"))).isEmpty();
    }

    @Test
    void clustersByTypeAndAll() {
        assertThat(clusterIds(Map.of("type", "SRDI_PARK"))).containsExactly("CL-NH-IC");
        assertThat(clusterIds(Map.of("regionCode", "330400", "type", "INNOVATION_COMPLEX"))).isEmpty();
        assertThat(clusterIds(Map.of())).containsExactly("CL-JX-NEV", "CL-NH-IC", "CL-PD-IC");
    }

    @Test
    void membersOfSeveralClustersComeInOneListWithTheirOwnTotals() {
        var clusters = graphQl.documentName("clusters").variable("first", 2).execute();
        clusters.path("clusters[*].members.totalCount").entityList(Integer.class).containsExactly(25, 3, 3);
        clusters.path("clusters[0].members.edges[*].node.uscc").entityList(String.class).hasSize(2);
        clusters.path("clusters[1].members.edges[*].node.region.code").entityList(String.class).containsExactly("330402", "330402");
    }

    @Test
    void blankRegionCodeIsBadRequest() {
        graphQl.documentName("clusters").variable("regionCode", "").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(badRequestNaming(e, "regionCode")).as(e.getMessage()).isTrue()));
    }

    @Test
    void membersFirstOutOfRangeIsBadRequestNamingFirst() {
        graphQl.documentName("cluster").variable("id", "CL-JX-NEV").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(e -> assertThat(badRequestNaming(e, "first")).as(e.getMessage()).isTrue()));
    }

    @Test
    void unknownClusterIsNull() {
        graphQl.documentName("cluster").variable("id", "CL-NONE").execute().path("cluster").valueIsNull();
    }

    private List<String> clusterIds(Map<String, Object> variables) {
        return graphQl.documentName("clusters").variables(variables).execute()
                .path("clusters[*].id").entityList(String.class).get();
    }
}
