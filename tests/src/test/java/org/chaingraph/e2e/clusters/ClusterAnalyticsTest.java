package org.chaingraph.e2e.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.clusters.ClusterDataset.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Cluster.stats, Cluster.overlaps, filtered Cluster.members and Enterprise.clusters on {@code datasets/clusters}. */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ClusterAnalyticsTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "clusters", DATASET);
    }

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Autowired
    Graph graph;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30)).build());
    }

    @Test
    void statsCountDesignationsValidInTheYearScalesSegmentsAndAnchors() {
        var stats = stats("CL-1", 2026);
        assertThat(stats).containsEntry("year", 2026).containsEntry("memberCount", 4);
        assertThat(count(stats, "SPECIALIZED_SME")).isEqualTo(1);
        assertThat(count(stats, "LITTLE_GIANT")).isEqualTo(1);
        assertThat(list(stats, "byScale")).extracting(s -> s.get("scale"), s -> s.get("count"))
                .containsExactly(tuple("SMALL", 2), tuple("MEDIUM", 1), tuple("LARGE", 1));
        assertThat(list(stats, "coveredSegments")).extracting(s -> (Object) ((Map<?, ?>) s.get("segment")).get("id")).containsExactly("A-MID", "A-UP");
        assertThat(list(stats, "uncoveredSegments")).extracting(s -> (Object) ((Map<?, ?>) s.get("segment")).get("id")).containsExactly("A-DOWN");
        assertThat(list(stats, "anchors")).extracting(a -> a.get("uscc")).containsExactly(E1);
        // In 2024 the lapsed 专精特新 was valid, the 小巨人 not yet awarded.
        var earlier = stats("CL-1", 2024);
        assertThat(count(earlier, "SPECIALIZED_SME")).isEqualTo(2);
        assertThat(count(earlier, "LITTLE_GIANT")).isEqualTo(0);
    }

    @Test
    void emptyClusterHasZeroStatsAndNoOverlaps() {
        var cluster = cluster("CL-EMPTY", 2026);
        assertThat(map(cluster, "stats")).containsEntry("memberCount", 0);
        assertThat(list(map(cluster, "stats"), "anchors")).isEmpty();
        assertThat(list(cluster, "overlaps")).isEmpty();
    }

    @Test
    void overlapsNameTheOtherClustersWithTheSharedCount() {
        assertThat(list(cluster("CL-1", 2026), "overlaps")).extracting(o -> ((Map<?, ?>) o.get("cluster")).get("id"), o -> o.get("sharedCount"))
                .containsExactly(tuple("CL-2", 2), tuple("CL-3", 1));
        assertThat(list(cluster("CL-3", 2026), "overlaps")).extracting(o -> ((Map<?, ?>) o.get("cluster")).get("id"), o -> o.get("sharedCount"))
                .containsExactly(tuple("CL-1", 1), tuple("CL-2", 1));
    }

    @Test
    void membersFilteredByDesignationValidInTheYearAndByRole() {
        assertThat(members(Map.of("designation", "SPECIALIZED_SME", "year", 2026))).containsExactly(E2);
        assertThat(members(Map.of("designation", "SPECIALIZED_SME", "year", 2024))).containsExactly(E2, E3);
        assertThat(members(Map.of("role", "ANCHOR"))).containsExactly(E1);
        assertThat(members(Map.of("role", "MEMBER", "designation", "LITTLE_GIANT", "year", 2026))).containsExactly(E4);
        // USCC order: 南湖区 (330402) codes sort before 秀洲区 (330411) ones.
        assertThat(members(Map.of())).containsExactly(E1, E2, E4, E3);
    }

    @Test
    void filteredMembersPageWithTotalCountOfTheFilter() {
        var first = connection(Map.of("role", "MEMBER", "first", 2));
        assertThat(first.get("totalCount")).isEqualTo(3);
        assertThat(map(first, "pageInfo").get("hasNextPage")).isEqualTo(true);
        var next = connection(Map.of("role", "MEMBER", "first", 2, "after", map(first, "pageInfo").get("endCursor")));
        assertThat(list(first, "edges")).extracting(e -> (Object) ((Map<?, ?>) e.get("node")).get("uscc")).containsExactly(E2, E4);
        assertThat(list(next, "edges")).extracting(e -> (Object) ((Map<?, ?>) e.get("node")).get("uscc")).containsExactly(E3);
        assertThat(map(next, "pageInfo").get("hasNextPage")).isEqualTo(false);
    }

    @Test
    void enterpriseClusters() {
        var enterprise = graphQl.documentName("clusters/enterpriseClusters").variable("uscc", E3).execute().path("enterprise").entity(MAP).get();
        assertThat(list(enterprise, "clusters")).extracting(c -> (Object) c.get("id")).containsExactly("CL-1", "CL-2", "CL-3");
    }

    @Test
    void statsAndOverlapsOfEveryClusterAreOneStatementEach() {
        long before = graph.roundTrips();
        var some = graphQl.documentName("clusters/allClusterAnalytics").variable("regionCode", "330402").execute().path("clusters").entityList(MAP).get();
        long few = graph.roundTrips() - before;
        before = graph.roundTrips();
        var all = graphQl.documentName("clusters/allClusterAnalytics").execute().path("clusters").entityList(MAP).get();
        long many = graph.roundTrips() - before;
        assertThat(some).hasSize(1);
        assertThat(all).hasSize(4);
        assertThat(all).filteredOn(c -> "CL-1".equals(c.get("id"))).allSatisfy(c -> assertThat(map(c, "stats").get("memberCount")).isEqualTo(4));
        // clusters, stats, overlaps.
        assertThat(many).isEqualTo(3).isEqualTo(few);
    }

    @Test
    void badYearIsNamed() {
        graphQl.documentName("clusters/clusterAnalytics").variable("id", "CL-1").variable("year", 1900).execute().errors()
                .expect(e -> e.getMessage() != null && e.getMessage().startsWith("year: ")).verify();
    }

    Map<String, Object> cluster(String id, int year) {
        var response = graphQl.documentName("clusters/clusterAnalytics").variable("id", id).variable("year", year).execute();
        response.errors().verify();
        return response.path("cluster").entity(MAP).get();
    }

    Map<String, Object> stats(String id, int year) {
        return map(cluster(id, year), "stats");
    }

    Map<String, Object> connection(Map<String, Object> variables) {
        var request = graphQl.documentName("clusters/clusterMembers").variable("id", "CL-1");
        variables.forEach(request::variable);
        var response = request.execute();
        response.errors().verify();
        return response.path("cluster.members").entity(MAP).get();
    }

    List<Object> members(Map<String, Object> variables) {
        return list(connection(variables), "edges").stream().map(e -> ((Map<?, ?>) e.get("node")).get("uscc")).map(Object.class::cast).toList();
    }

    static int count(Map<String, Object> stats, String designation) {
        return list(stats, "byDesignation").stream().filter(c -> designation.equals(c.get("designation"))).map(c -> (Integer) c.get("count"))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.get(field);
    }
}
