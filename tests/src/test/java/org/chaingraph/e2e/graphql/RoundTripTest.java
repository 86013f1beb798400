package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Relations are loaded in batches: the number of Cypher round trips of a response depends on the
 * shape of the query, never on how many items it returns.
 */
class RoundTripTest extends GraphQlApiTest {

    /**
     * The page itself with its firms' regions, its total (from a cold cache), then one batch each
     * for clusters, designations and segments.
     */
    static final int ENTERPRISE_PAGE_WITH_FOUR_RELATIONS = 5;

    @Autowired
    Graph graph;

    @Autowired
    ResultCache cache;

    @Test
    void fiftyEnterprisesWithRelationsCostAsManyRoundTripsAsFive() {
        long five = roundTrips(() -> assertThat(enterprisesWithRelations(5)).hasSize(5));
        long fifty = roundTrips(() -> {
            List<Map<String, Object>> nodes = enterprisesWithRelations(50);
            assertThat(nodes).hasSize(50);
            // The relations are really there: a batch that silently returned nothing would be cheap too.
            assertThat(nodes).allSatisfy(node -> assertThat(node.get("region")).isNotNull());
            assertThat(nodes).filteredOn(node -> !((List<?>) node.get("clusters")).isEmpty()).hasSizeGreaterThanOrEqualTo(25);
            assertThat(nodes).filteredOn(node -> !((List<?>) node.get("designations")).isEmpty()).hasSizeGreaterThanOrEqualTo(15);
            assertThat(nodes).filteredOn(node -> !((List<?>) node.get("segments")).isEmpty()).hasSizeGreaterThanOrEqualTo(25);
        });

        assertThat(five).isEqualTo(ENTERPRISE_PAGE_WITH_FOUR_RELATIONS);
        assertThat(fifty).isEqualTo(five);
    }

    @Test
    void aClusterAndAPageOfItsMembersComeInOneStatement() {
        long trips = roundTrips(() -> graphQl.documentName("cluster").variable("id", "CL-JX-NEV").variable("first", 2).execute()
                .path("cluster.members.edges").entityList(Object.class).hasSize(2)
                .path("cluster.members.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isGreaterThan(2)));
        // The cluster with its members' page, then one batch each for its region and its chains.
        assertThat(trips).isEqualTo(3);
    }

    @Test
    void nestedConnectionsOfEveryClusterAreOneBatch() {
        // clusters, their regions, one members page per cluster, the members' regions: 4 statements.
        long twoClusters = roundTrips(() -> graphQl.documentName("clusters").variable("regionCode", "330400").variable("first", 20).execute()
                .path("clusters").entityList(Object.class).hasSize(2));
        long threeClusters = roundTrips(() -> graphQl.documentName("clusters").variable("first", 20).execute()
                .path("clusters").entityList(Object.class).hasSize(3));

        assertThat(twoClusters).isEqualTo(4);
        assertThat(threeClusters).isEqualTo(twoClusters);
    }

    private long roundTrips(Runnable request) {
        cache.clear();
        long before = graph.roundTrips();
        request.run();
        return graph.roundTrips() - before;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> enterprisesWithRelations(int first) {
        return graphQl.documentName("enterprisesWithRelations").variable("first", first).execute()
                .path("enterprises.edges[*].node").entityList(Map.class).get().stream()
                .map(node -> (Map<String, Object>) node).toList();
    }
}
