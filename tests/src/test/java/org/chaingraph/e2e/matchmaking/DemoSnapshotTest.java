package org.chaingraph.e2e.matchmaking;

import java.time.Duration;
import java.util.LinkedHashMap;
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
 * Shortlists and pairings on the demo data (seeds/demo), compared with the committed snapshots:
 * any change of candidates, order, scores or explanations shows up as a diff. The year is fixed
 * so the snapshots do not move with the calendar.
 */
@ExtendWith(SnapshotExtension.class)
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class DemoSnapshotTest {

    static final int YEAR = 2026;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "matchmaking-demo", "../seeds/demo");
    }

    @LocalServerPort
    int port;

    HttpGraphQlTester graphQl;

    @BeforeEach
    void connect() {
        graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30)).build());
    }

    @Test
    void top5ShortlistOfEveryDemoChainLeader(Expect expect) {
        List<String> leaders = graphQl.document("{ chains { leaders { enterprise { uscc } } } }").execute()
                .path("chains[*].leaders[*].enterprise.uscc").entityList(String.class).get().stream().distinct().sorted().toList();
        var shortlists = new LinkedHashMap<String, Object>();
        for (String leader : leaders) {
            var response = graphQl.documentName("matchmaking/supplierShortlist").variable("subject", Map.of("leaderUscc", leader))
                    .variable("limit", 5).variable("year", YEAR).execute();
            response.errors().verify();
            shortlists.put(leader, response.path("supplierShortlist").entityList(Object.class).get());
        }
        expect.serializer("json").toMatchSnapshot(shortlists);
    }

    /** A foundry serves design houses (a PROCESS flow design → fab): its suppliers are materials and equipment makers. */
    @Test
    void theFoundryLeadersShortlistHoldsNoDesignHouses() {
        var segments = graphQl.documentName("matchmaking/shortlistSegments").variable("subject", Map.of("leaderUscc", "91310115189020215P"))
                .variable("limit", 50).variable("year", YEAR).execute()
                .path("supplierShortlist[*].enterprise.segments[*].segment.id").entityList(String.class).get();
        org.assertj.core.api.Assertions.assertThat(segments).isNotEmpty()
                .doesNotContain("sh-ic-design", "sh-ic-analog", "sh-ic-soc")
                .containsAnyOf("sh-ic-wafer", "sh-ic-specialty-gas", "sh-ic-wet-chem", "sh-ic-target", "sh-ic-litho", "sh-ic-etch",
                        "sh-ic-deposition", "sh-ic-metrology");
        // The demo's supplies follow suit: design houses buy from the foundry, not the other way round.
        var suppliersOfTheFoundry = graphQl.document("{ enterprise(uscc: \"91310115189020215P\") { suppliers { supplier { segments { segment { id } } } } } }")
                .execute().path("enterprise.suppliers[*].supplier.segments[*].segment.id").entityList(String.class).get();
        org.assertj.core.api.Assertions.assertThat(suppliersOfTheFoundry).doesNotContain("sh-ic-design", "sh-ic-analog", "sh-ic-soc");
    }

    @Test
    void pairingsOfTheShanghaiDesignAndPackagingEvent(Expect expect) {
        var response = graphQl.documentName("matchmaking/eventPairings").variable("eventId", "ev-sh-ic-2026-04").variable("year", YEAR).execute();
        response.errors().verify();
        expect.serializer("json").toMatchSnapshot(response.returnResponse().toMap());
    }
}
