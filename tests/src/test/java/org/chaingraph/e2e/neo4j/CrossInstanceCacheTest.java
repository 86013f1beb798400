package org.chaingraph.e2e.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.HttpGraphQl;
import org.chaingraph.neo4j.Neo4jConfiguration.EmbeddedNeo4jHolder;
import org.chaingraph.neo4j.ResultCache;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two ChainGraph instances over one Neo4j (the second reaches the first's embedded store over Bolt,
 * as instances share an external server), each with its own result cache: a write through one is
 * seen by the very next read through the other, because every write moves the store's data version.
 */
class CrossInstanceCacheTest {

    private static final String DATASET = "src/test/resources/datasets/matchmaking";
    private static final String TOKEN = "cross-instance-token";

    @Test
    void aWriteThroughOneInstanceIsSeenAtOnceThroughTheOtherDespiteItsCache() throws Exception {
        try (var writer = start("--chaingraph.neo4j.data-dir=" + EmbeddedStore.tempDirectory("cache-writer"),
                "--chaingraph.dataset=" + DATASET)) {
            String boltUri = writer.getBean(EmbeddedNeo4jHolder.class).neo4j().boltUri();
            try (var reader = start("--chaingraph.neo4j.uri=" + boltUri, "--chaingraph.neo4j.password=" + writer.getBean(EmbeddedNeo4jHolder.class).neo4j().password(), "--chaingraph.dataset=",
                    "--chaingraph.neo4j.data-dir=" + EmbeddedStore.tempDirectory("cache-reader"))) {
                List<String> before = openChallenges(reader, "T-GAS");
                assertThat(openChallenges(reader, "T-GAS")).as("asked twice: the second answer comes from the cache").isEqualTo(before);
                assertThat(reader.getBean(ResultCache.class).stats().hitCount()).isPositive();
                assertThat(before).contains("CHL-T1");
                openChallenges(writer, "T-GAS"); // the writer's own cache is warm too

                String published = publishChallenge(writer, "T-GAS");

                assertThat(openChallenges(reader, "T-GAS")).containsAll(before).contains(published);
                assertThat(openChallenges(writer, "T-GAS")).contains(published);
            }
        }
    }

    private List<String> openChallenges(ConfigurableApplicationContext instance, String segmentId) throws Exception {
        JsonNode data = graphQl(instance, "cache/gapChallenges", Map.of("chainId", "CH-T", "regionCode", "310000"), false);
        var ids = new ArrayList<String>();
        for (JsonNode gap : data.path("chainGaps").path("gaps")) {
            if (gap.path("segment").path("id").asText().equals(segmentId)) {
                gap.path("openChallenges").forEach(c -> ids.add(c.path("id").asText()));
                return ids;
            }
        }
        throw new AssertionError(segmentId + " is not a gap of CH-T in 310000: " + data);
    }

    private String publishChallenge(ConfigurableApplicationContext instance, String segmentId) throws Exception {
        var input = Map.of("title", "跨实例缓存验证榜单", "issuerUscc", "91310115MA1T000018", "segmentId", segmentId,
                "budget", 100, "deadline", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(1).toString());
        return graphQl(instance, "matchmaking/publishChallenge", Map.of("input", input), true).path("publishChallenge").path("id").asText();
    }

    private JsonNode graphQl(ConfigurableApplicationContext instance, String operation, Map<String, Object> variables, boolean admin)
            throws IOException, InterruptedException {
        int port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
        return HttpGraphQl.data(port, operation, variables, admin ? TOKEN : null);
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        var all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--server.port=0", "--chaingraph.neo4j.page-cache=64m", "--chaingraph.admin-token=" + TOKEN));
        return new SpringApplicationBuilder(ChainGraphApplication.class).bannerMode(Banner.Mode.OFF).run(all.toArray(String[]::new));
    }
}
