package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import au.com.origin.snapshots.Expect;
import au.com.origin.snapshots.junit5.SnapshotExtension;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.Statements;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo dataset (seeds/demo): every planted 2026 incentive case of {@code generate_demo.py
 * --report} is found, nothing more; whole cultivation reports and some incentive lists are
 * compared with the committed snapshots. A fixed year, so they do not move with the calendar.
 */
@ExtendWith(SnapshotExtension.class)
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoCultivationTest {

    static final String DATASET = "../seeds/demo";
    static final int YEAR = 2026;
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "cultivation-demo", DATASET);
    }

    @LocalServerPort
    int port;

    @Autowired
    Graph graph;

    @Autowired
    ResultCache cache;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30)).build());
    }

    /** From {@code python3 seeds/tools/generate_demo.py --report}, year 2026: uscc, incentive ids (":superseded" when superseded). */
    @ParameterizedTest
    @CsvSource({
            "91310104953468817L, sh-little-giant-growth",
            "91310114264409491L, sh-above-scale-first",
            "91310114MAH72N4E85, sh-gazelle-first",
            "913101150565508965, sh-little-giant-growth",
            "91310115069149874G, sh-little-giant-growth",
            "91310115075983793B, sh-gazelle-first",
            "91310115706958982N, sh-above-scale-first",
            "91310117MA04NR042C, sh-little-giant-growth",
            "91310118303759989R, sh-little-giant-growth",
            "91310118MAGQCPN775, sh-unicorn-first",
            "91330402398173904R, jx-above-scale-retained",
            "913304027886172085, jx-little-giant-renewal",
            "91330411181658409B, jx-single-champion-provincial-renewal",
            "91330411199761498W, jx-little-giant-first",
            "91330411251468556L, jx-little-giant-renewal",
            "913304117742801571, jx-little-giant-renewal",
            "9133042103177755XQ, jx-little-giant-first",
            "913304211546148496, jx-single-champion-national-first",
            "913304217638532390, jx-little-giant-first|jx-hidden-champion-first:superseded",
            "91330424450964376N, jx-hidden-champion-first|jx-little-giant-renewal:superseded",
            "913304817297836874, jx-hidden-champion-renewal",
            "91330481792808365N, jx-above-scale-retained",
            "91330481962445115M, jx-above-scale-retained",
            "91330482371269711Q, jx-single-champion-provincial-first",
            "91330482486380743F, jx-little-giant-renewal",
            "913304825491556916, jx-single-champion-national-renewal",
            "91330483451544007C, jx-little-giant-renewal"
    })
    void plantedIncentiveCases(String uscc, String expected) {
        var matches = incentives(uscc);
        assertThat(matches).extracting(m -> m.get("id") + (Boolean.TRUE.equals(m.get("superseded")) ? ":superseded" : ""))
                .containsExactlyInAnyOrderElementsOf(Arrays.asList(expected.split("\\|")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void targetsThatCountChainLeadersRevenueTiersAndClustersAsTheDocumentsDo() {
        var jiaxing = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) report("330400").get("data"))
                .get("cultivation")).get("otherTargets");
        // 链主 15 (4 firms lead a chain in 嘉兴); 专精特新产业园 2 (嘉善); 省级以上中小企业特色产业集群 12 (秀洲, provincial).
        assertThat(jiaxing).extracting(t -> t.get("kind"), t -> t.get("clusterType"), t -> t.get("minLevel"), t -> t.get("count"),
                        t -> t.get("actual"), t -> t.get("status"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CHAIN_LEADERS", null, null, 15, 4, "DRAFT"),
                        org.assertj.core.groups.Tuple.tuple("CLUSTERS", "SRDI_PARK", null, 2, 1, "DRAFT"),
                        org.assertj.core.groups.Tuple.tuple("CLUSTERS", "SME_SPECIALTY", "PROVINCIAL", 12, 1, "DRAFT"));
        var chongqing = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) report("500000").get("data"))
                .get("cultivation")).get("otherTargets");
        // 百亿级企业达40家: four demo firms in 重庆 report revenue of 100亿元 or more.
        assertThat(chongqing).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("kind", "REVENUE_TIER").containsEntry("minRevenue", 1_000_000.0).containsEntry("actual", 4)
                    .containsEntry("id", "500000:REVENUE_TIER:1000000:2027:ANY:CUMULATIVE");
            assertThat((String) t.get("source")).contains("渝经信中小〔2025〕38号");
        });
    }

    @Test
    void shanghaiCultivation(Expect expect) {
        expect.serializer("json").toMatchSnapshot(report("310000"));
    }

    @Test
    void chongqingCultivation(Expect expect) {
        expect.serializer("json").toMatchSnapshot(report("500000"));
    }

    @Test
    void jiaxingCultivation(Expect expect) {
        expect.serializer("json").toMatchSnapshot(report("330400"));
    }

    @Test
    void jiaxingIncentiveSummary(Expect expect) {
        var response = graphQl.documentName("cultivation/incentiveSummary").variable("regionCode", "330400").variable("year", YEAR).execute();
        response.errors().verify();
        expect.serializer("json").toMatchSnapshot(response.returnResponse().toMap());
    }

    @Test
    void incentivesOfPlantedFirms(Expect expect) {
        var all = new java.util.LinkedHashMap<String, Object>();
        // New 小巨人 and 隐形冠军 the same year; 隐形冠军 with a superseded 小巨人 renewal; first unicorn; two years of growth; kept above scale.
        for (String uscc : List.of("913304217638532390", "91330424450964376N", "91310118MAGQCPN775", "91310104953468817L", "91330402398173904R")) {
            all.put(uscc, incentives(uscc));
        }
        expect.serializer("json").toMatchSnapshot(all);
    }

    @Test
    void reportAndIncentivesCostAFixedNumberOfStatements() {
        assertThat(Statements.counted(graph, cache, () -> report("310000"))).isEqualTo(3);
        assertThat(Statements.counted(graph, cache, () -> incentives("913304217638532390"))).isEqualTo(1);
    }

    Map<String, Object> report(String regionCode) {
        var response = graphQl.documentName("cultivation/cultivation").variable("regionCode", regionCode).variable("year", YEAR).execute();
        response.errors().verify();
        return response.returnResponse().toMap();
    }

    List<Map<String, Object>> incentives(String uscc) {
        var response = graphQl.documentName("cultivation/incentives").variable("uscc", uscc).variable("year", YEAR).execute();
        response.errors().verify();
        return response.path("incentives").entityList(MAP).get();
    }
}
