package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.gaps.GapDataset.HANGZHOU;
import static org.chaingraph.e2e.gaps.GapDataset.YEAR;

import org.chaingraph.e2e.Statements;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A gap report costs a fixed number of Cypher round trips, whatever the number of segments, gaps,
 * candidates or enterprises: two for the report, one per batched per-gap field.
 */
class GapRoundTripTest extends GapApiTest {

    /** Chain structure, then n and q per segment. */
    static final int REPORT = 2;
    /** The report, then local suppliers, candidates and open challenges: one batch each. */
    static final int REPORT_WITH_LISTS = REPORT + 3;

    @Autowired
    Graph graph;

    @Autowired
    ResultCache cache;

    @Test
    void aReportCostsTwoRoundTripsWhateverItsSize() {
        long eightGaps = roundTrips(() -> graphQl.documentName("gaps/chainGapStatuses").variable("chainId", "gx")
                .variable("regionCode", HANGZHOU).variable("year", YEAR).execute().path("chainGaps.gaps").entityList(Object.class).hasSize(8));
        long oneGap = roundTrips(() -> graphQl.documentName("gaps/chainGapStatuses").variable("chainId", "gy")
                .variable("regionCode", HANGZHOU).variable("year", YEAR).execute().path("chainGaps.gaps").entityList(Object.class).hasSize(1));

        assertThat(eightGaps).isEqualTo(REPORT);
        assertThat(oneGap).isEqualTo(REPORT);
    }

    @Test
    void candidatesChallengesAndSuppliersOfEveryGapAreOneBatchEach() {
        long eightGaps = roundTrips(() -> assertThat(list(report("gx", HANGZHOU, YEAR), "gaps")).hasSize(8));
        long threeGaps = roundTrips(() -> assertThat(list(report("gc", HANGZHOU, YEAR), "gaps")).hasSize(3));
        // The batches really returned something: an empty batch would be as cheap.
        var gaps = list(report("gx", HANGZHOU, YEAR), "gaps");
        assertThat(gaps).filteredOn(g -> !list(g, "candidates").isEmpty()).hasSize(3);
        assertThat(gaps).filteredOn(g -> !list(g, "openChallenges").isEmpty()).hasSize(2);

        assertThat(eightGaps).isEqualTo(REPORT_WITH_LISTS);
        assertThat(threeGaps).isEqualTo(REPORT_WITH_LISTS);
    }

    @Test
    void segmentsOfGapsResolveThroughTheCoreTypesInBatches() {
        // Report (2), open challenges (1), then one batch each for capabilities, upstream and challenge issuers.
        long count = roundTrips(() -> graphQl.documentName("gaps/gapsWithSegmentRelations").variable("chainId", "gx")
                .variable("regionCode", HANGZHOU).variable("year", YEAR).execute()
                .path("chainGaps.gaps[0].segment.capabilities").entityList(String.class).containsExactly("光刻胶配方", "高纯材料提纯"));

        assertThat(count).isEqualTo(REPORT + 4);
    }

    @Test
    void aMapCostsOneRoundTripWithoutARegionAndTwoWithOne() {
        long plain = roundTrips(() -> graphQl.documentName("gaps/chainMap").variable("chainId", "gx").execute()
                .path("chainMap.nodes").entityList(Object.class).hasSize(10));
        long coloured = roundTrips(() -> graphQl.documentName("gaps/chainMap").variable("chainId", "gx").variable("regionCode", HANGZHOU)
                .execute().path("chainMap.nodes").entityList(Object.class).hasSize(10));

        assertThat(plain).isEqualTo(1);
        assertThat(coloured).isEqualTo(2);
    }

    private long roundTrips(Runnable request) {
        return Statements.counted(graph, cache, request);
    }
}
