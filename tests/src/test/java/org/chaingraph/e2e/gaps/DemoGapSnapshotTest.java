package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import au.com.origin.snapshots.Expect;
import au.com.origin.snapshots.junit5.SnapshotExtension;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo dataset's gap report for each demo chain in its home region (where its chain leaders
 * lead it), and its SVG map, compared with the committed snapshots under {@code __snapshots__}.
 * A fixed year, so the snapshots do not move with the calendar. When seeds/demo changes on
 * purpose, delete the snapshot (or the entry) and run the test locally to record the new answer.
 */
@ExtendWith(SnapshotExtension.class)
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoGapSnapshotTest {

    static final String DATASET = "../seeds/demo";
    static final int YEAR = 2026;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "gaps-demo", DATASET);
    }

    @LocalServerPort
    int port;

    WebTestClient http;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
        graphQl = HttpGraphQlTester.create(http.mutate().baseUrl("http://127.0.0.1:" + port + "/graphql").build());
    }

    @Test
    void shanghaiIntegratedCircuitsInShanghai(Expect expect) {
        expect.serializer("json").toMatchSnapshot(report("sh-ic", "310000"));
    }

    @Test
    void chongqingVehiclesInChongqing(Expect expect) {
        expect.serializer("json").toMatchSnapshot(report("cq-nev", "500000"));
    }

    @Test
    void jiaxingPhotovoltaicsInJiaxing(Expect expect) {
        expect.serializer("json").toMatchSnapshot(report("jx-pv", "330400"));
    }

    @Test
    void shanghaiIntegratedCircuitsMap(Expect expect) {
        expect.toMatchSnapshot(svg("sh-ic", "310000"));
    }

    @Test
    void chongqingVehiclesMap(Expect expect) {
        expect.toMatchSnapshot(svg("cq-nev", "500000"));
    }

    @Test
    void jiaxingPhotovoltaicsMap(Expect expect) {
        expect.toMatchSnapshot(svg("jx-pv", "330400"));
    }

    @Test
    void weakSegmentsOfferTheirLocalOperatorsForTheirNextDesignation() {
        int offered = 0;
        for (String[] chain : List.of(new String[] {"sh-ic", "310000"}, new String[] {"cq-nev", "500000"}, new String[] {"jx-pv", "330400"})) {
            var response = graphQl.documentName("gaps/gapCultivate").variable("chainId", chain[0]).variable("regionCode", chain[1])
                    .variable("year", YEAR).execute();
            response.errors().verify();
            Map<String, Object> report = response.path("chainGaps").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
            var localSuppliers = new java.util.HashMap<String, java.util.Set<String>>();
            for (var segment : maps(report.get("segments"))) {
                localSuppliers.put(id(segment.get("segment")), maps(segment.get("localSuppliers")).stream()
                        .map(s -> (String) ((Map<?, ?>) s.get("enterprise")).get("uscc")).collect(java.util.stream.Collectors.toSet()));
            }
            for (var gap : maps(report.get("gaps"))) {
                var cultivate = maps(gap.get("cultivate"));
                String segmentId = id(gap.get("segment"));
                if ("MISSING".equals(gap.get("status"))) {
                    assertThat(cultivate).as(segmentId + " has no local operator").isEmpty();
                }
                assertThat(cultivate).as(chain[0] + " " + segmentId).allSatisfy(c -> {
                    assertThat(localSuppliers.get(segmentId)).contains((String) ((Map<?, ?>) c.get("enterprise")).get("uscc"));
                    assertThat(c.get("ruleSet")).isEqualTo(Boolean.TRUE.equals(c.get("renewal")) && "LITTLE_GIANT".equals(c.get("to"))
                            ? "miit-2022" : "miit-2026");
                });
                var qualifies = cultivate.stream().map(c -> (Boolean) c.get("qualifies")).toList();
                assertThat(qualifies).as("qualifying first").isSortedAccordingTo(java.util.Comparator.comparing((Boolean q) -> !q));
                offered += cultivate.size();
            }
        }
        assertThat(offered).as("the demo's weak segments have firms to grow").isPositive();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return (List<Map<String, Object>>) list;
    }

    private static String id(Object segment) {
        return (String) ((Map<?, ?>) segment).get("id");
    }

    /** The whole report (at most 5 candidates and local suppliers per segment), after checking it has no errors. */
    private Map<String, Object> report(String chainId, String regionCode) {
        var response = graphQl.documentName("gaps/chainGaps").variable("chainId", chainId).variable("regionCode", regionCode)
                .variable("year", YEAR).variable("first", 5).execute();
        response.errors().verify();
        return response.returnResponse().toMap();
    }

    private String svg(String chainId, String regionCode) {
        return http.get().uri("/maps/{chainId}.svg?region={region}&year={year}", chainId, regionCode, YEAR).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }
}
