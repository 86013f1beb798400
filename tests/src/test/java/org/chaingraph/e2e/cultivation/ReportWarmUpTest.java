package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.HttpGraphQl;
import org.chaingraph.graphql.YearArgument;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * This year's cultivation reports of every province and city are computed ahead, after the start and
 * again after imported data changes, so a planner's first look is an answer from the cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportWarmUpTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "warm-up", "src/test/resources/datasets/matchmaking");
        registry.add("chaingraph.cultivation.warm-up.enabled", () -> "true");
        registry.add("chaingraph.cultivation.warm-up.interval", () -> "200ms");
    }

    @LocalServerPort
    int port;
    @Autowired
    Graph graph;

    private final List<Map<String, ?>> firmReads = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopObserving() {
        graph.observe((statement, parameters) -> { });
    }

    @Test
    void afterImportedDataChangesTheFirstLookAtAProvinceThisYearIsAnsweredWithoutReadingItsFirms() throws Exception {
        graph.observe((statement, parameters) -> {
            if (statement.equals("cultivation/firms") && "310000".equals(parameters.get("regionCode"))) {
                firmReads.add(parameters);
            }
        });

        graph.write("testing/count-label", Map.of("label", "Enterprise"), r -> r); // imported data changed, as by an import
        // Read in the background (this test asks nothing meanwhile): the firms holding an award for the report,
        // then every firm for its entry lists, the warm-up's last read of the province.
        eventually(() -> firmReads.stream().anyMatch(read -> Boolean.FALSE.equals(read.get("awardedOnly"))));
        firmReads.clear();
        cultivation();

        assertThat(firmReads).as("the province's firms read again for the request").isEmpty();
    }

    private void cultivation() {
        try {
            var data = HttpGraphQl.data(port, "cultivation/cultivation", Map.of("regionCode", "310000", "year", YearArgument.today().getYear()), null);
            assertThat(data.path("cultivation").path("region").path("code").asText()).isEqualTo("310000");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void eventually(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 30 s").isLessThan(until);
            Thread.sleep(100);
        }
    }
}
