package org.chaingraph.e2e.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.HttpGraphQl;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a write leaves in the result cache: a mutation (a membership, a challenge) keeps the answers
 * computed from imported data alone — gap statuses, cultivation, region page totals — and every
 * answer it can change is computed afresh at once; a write of imported data recomputes everything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScopedCacheTest {

    private static final String TOKEN = "scoped-cache-token";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "scoped-cache", "src/test/resources/datasets/matchmaking");
        registry.add("chaingraph.admin-token", () -> TOKEN);
    }

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;
    @Autowired
    ResultCache cache;

    private final List<String> ran = new CopyOnWriteArrayList<>();

    @BeforeEach
    void observe() {
        cache.clear();
        graph.observe((statement, parameters) -> ran.add(statement));
    }

    @AfterEach
    void stopObserving() {
        graph.observe((statement, parameters) -> { });
    }

    @Test
    void aMembershipKeepsGapsAndCultivationCachedAndRecountsTheClusterAtOnce() throws Exception {
        long members = total(Map.of("clusterId", "CL-PD"));
        long district = total(Map.of("regionCode", "310115"));
        gaps();
        cultivation();

        ran.clear();
        post("clusters/joinCluster", Map.of("clusterId", "CL-PD", "uscc", "91310115MA1T00004H"), true);
        JsonNode gaps = gaps();
        cultivation();
        assertThat(total(Map.of("regionCode", "310115"))).isEqualTo(district);
        assertThat(total(Map.of("clusterId", "CL-PD"))).isEqualTo(members + 1);

        assertThat(ran).as("kept: gap statuses, cultivation, the district's total")
                .doesNotContain("gaps/segment-coverage", "gaps/chain-structure", "cultivation/firms")
                .filteredOn("enterprises/page"::equals).hasSize(2 + 1); // two pages' rows, one cluster count
        assertThat(ran).as("asked afresh: a gap's open challenges").contains("gaps/open-challenges");
        assertThat(gaps.path("chainGaps").path("gaps").size()).isPositive();
    }

    @Test
    void aChallengeIsListedAtOnceWhileTheGapStatusesStayCached() throws Exception {
        gaps();
        ran.clear();
        var input = Map.of("title", "缓存范围验证榜单", "issuerUscc", "91310115MA1T000018", "segmentId", "T-GAS", "budget", 100,
                "deadline", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(1).toString());
        String id = post("matchmaking/publishChallenge", Map.of("input", input), true).path("publishChallenge").path("id").asText();

        JsonNode gaps = gaps();

        assertThat(ran).doesNotContain("gaps/segment-coverage").contains("gaps/open-challenges");
        assertThat(gaps.path("chainGaps").path("gaps").findValuesAsText("id")).contains(id);
    }

    @Test
    void aWriteOfImportedDataRecomputesEverything() throws Exception {
        gaps();
        cultivation();
        ran.clear();

        graph.write("testing/count-label", Map.of("label", "Enterprise"), r -> r); // as an import batch does

        gaps();
        cultivation();
        assertThat(ran).contains("gaps/segment-coverage", "cultivation/firms");
    }

    @Test
    void aRegionsFirmsAreReadOnceForAReportItsEntryListAndItsIncentiveSummary() throws Exception {
        var awardedOnly = new CopyOnWriteArrayList<Object>();
        graph.observe((statement, parameters) -> {
            if (statement.equals("cultivation/firms")) {
                awardedOnly.add(parameters.get("awardedOnly"));
            }
        });
        JsonNode entrants = post("cultivation/entrants", Map.of("regionCode", "310000", "year", 2025, "to", "ABOVE_SCALE", "first", 5), false);
        JsonNode summary = post("cultivation/incentiveSummary", Map.of("regionCode", "310000", "year", 2025), false);

        assertThat(entrants.path("cultivation").path("entrants").path("ruleSet").asText()).as("the entry list was computed").isNotEmpty();
        assertThat(summary.path("incentiveSummary").path("incentives").isArray()).as("the summary was computed").isTrue();
        // The report and the summary need the firms holding an award; the entry list every firm.
        assertThat(awardedOnly).containsExactly(true, false);
    }

    private JsonNode gaps() throws Exception {
        return post("cache/gapChallenges", Map.of("chainId", "CH-T", "regionCode", "310000"), false);
    }

    private void cultivation() throws Exception {
        post("cultivation/cultivation", Map.of("regionCode", "310000", "year", 2025), false);
    }

    private long total(Map<String, Object> filter) throws Exception {
        return post("enterprises", Map.of("filter", filter, "first", 1), false).path("enterprises").path("totalCount").asLong();
    }

    private JsonNode post(String operation, Map<String, Object> variables, boolean admin) throws Exception {
        return HttpGraphQl.data(port, operation, variables, admin ? TOKEN : null);
    }
}
