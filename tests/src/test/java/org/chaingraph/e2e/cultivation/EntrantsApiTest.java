package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.cultivation.CultivationDataset.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/**
 * Entry lists ({@code CultivationReport.entrants}: 规上 达规, 创新型 入库) and the narrowed
 * {@code candidates}, over the planted firms of {@code datasets/cultivation}.
 */
class EntrantsApiTest extends CultivationApiTest {

    Map<String, Object> entrants(String region, int year, String to, Integer first, String after) {
        return map(ok(graphQl.documentName("cultivation/entrants").variable("regionCode", region).variable("year", year)
                .variable("to", to).variable("first", first).variable("after", after)).path("cultivation").entity(MAP).get(), "entrants");
    }

    static List<Map<String, Object>> nodes(Map<String, Object> connection) {
        return list(connection, "edges").stream().map(e -> map(e, "node")).toList();
    }

    static String uscc(Map<String, Object> node) {
        return (String) map(node, "enterprise").get("uscc");
    }

    @Test
    void aboveScaleFirmsWithTwentyMillionQualifyThoseAQuarterShortFollowAndHoldersAreLeftOut() {
        var all = entrants(JIAXING, YEAR, "ABOVE_SCALE", 100, null);
        assertThat(all).containsEntry("ruleSet", "nbs-above-scale").containsEntry("totalCount", 11).containsEntry("qualifyingCount", 10);
        var listed = nodes(all);
        assertThat(listed).extracting(EntrantsApiTest::uscc).doesNotContain(RETAINED, OLDSCALE, TWOMISS, ENTRANT)
                .as("规上 lapsed in 2025: an entrant again").contains(LAPSEDSCALE);
        assertThat(listed.get(listed.size() - 1)).satisfies(n -> {
            assertThat(uscc(n)).isEqualTo(EXPIRED);
            assertThat(n.get("qualifies")).isEqualTo(false);
            assertThat(n.get("from")).isNull();
            assertThat(n.get("unmet")).isEqualTo(List.of("上年度营业收入（代“年主营业务收入”） 1500万元 < 2000万元"));
        });
    }

    @Test
    void pagesFollowTheWholeListWithoutGapsOrRepeats() {
        var whole = nodes(entrants(JIAXING, YEAR, "ABOVE_SCALE", 100, null)).stream().map(EntrantsApiTest::uscc).toList();
        var paged = new ArrayList<String>();
        String after = null;
        boolean more = true;
        while (more) {
            var page = entrants(JIAXING, YEAR, "ABOVE_SCALE", 4, after);
            nodes(page).forEach(n -> paged.add(uscc(n)));
            var info = map(page, "pageInfo");
            assertThat(info.get("hasPreviousPage")).isEqualTo(after != null);
            more = (Boolean) info.get("hasNextPage");
            after = (String) info.get("endCursor");
        }
        assertThat(paged).isEqualTo(whole).hasSize(11);
        graphQl.documentName("cultivation/entrants").variable("regionCode", JIAXING).variable("year", YEAR).variable("to", "ABOVE_SCALE")
                .variable("after", "not-a-cursor").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("after: ")).verify();
    }

    @Test
    void innovativeSmesByThe2022ScoringSheetProvenScoresFirstThenTheDirectConditionThenWhatTheDataLeavesOpen() {
        var connection = entrants(JIAXING, 2025, "INNOVATIVE_SME", 100, null);
        assertThat(connection).containsEntry("ruleSet", "miit-2022").containsEntry("totalCount", 7).containsEntry("qualifyingCount", 7);
        var listed = nodes(connection);
        assertThat(listed).extracting(EntrantsApiTest::uscc)
                .as("firms holding an SME step are not entrants (PROVCHAMP's 单项冠军 only comes in 2026); the open scores by what "
                        + "the data proves (45, 30, 25, 20, 15)")
                .containsExactly(ENTRANT, DIRECT, JXPGAZ, PROVCHAMP, EXPIRED, RETAINED, OLDSCALE);
        // LAPSEDSCALE shrank by 5 %: 成长性 at most 10 of the 15 points it needs, a third short — not worth a visit.
        assertThat(listed).extracting(EntrantsApiTest::uscc).doesNotContain(LAPSEDSCALE);
        assertThat(listed.get(0)).satisfies(n -> {
            assertThat(PromotionCandidateTest.strings(n, "met")).contains("评价得分 ≥ 60分（可核实部分已得 85分）");
            assertThat(map(n, "enterprise")).containsEntry("ipClass1", 1).containsEntry("mainBusinessRatio", 75.0).containsEntry("debtRatio", 40.0);
        });
        assertThat(PromotionCandidateTest.strings(listed.get(1), "met")).contains("近两年新增股权融资总额（合格机构投资者实缴额） ≥ 500万元（直通条件）");
        assertThat(PromotionCandidateTest.strings(listed.get(2), "uncheckedCriteria").get(0))
                .isEqualTo("评价得分 ≥ 60分（按数据可得 45–100分，其余指标数据集无法核实）");
    }

    @Test
    void noEntryRuleInForceIsABadRequestNamingTo() {
        graphQl.documentName("cultivation/entrants").variable("regionCode", JIAXING).variable("year", YEAR).variable("to", "INNOVATIVE_SME")
                .execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("to: no entry rule for INNOVATIVE_SME")
                        && e.getMessage().contains("ABOVE_SCALE"))
                .verify();
    }

    @Test
    void candidatesNarrowToDesignationsQualifyingRenewalsAndAFirstFew() {
        var narrowed = list(ok(graphQl.documentName("cultivation/candidatesNarrowed").variable("regionCode", JIAXING).variable("year", YEAR)
                .variable("to", List.of("SPECIALIZED_SME")).variable("qualifies", true)).path("cultivation").entity(MAP).get(), "candidates");
        assertThat(narrowed).extracting(c -> map(c, "enterprise").get("uscc"), c -> c.get("to"), c -> c.get("qualifies"))
                .containsExactly(tuple(QUALIFY, "SPECIALIZED_SME", true));
        var firstTwo = list(ok(graphQl.documentName("cultivation/candidatesNarrowed").variable("regionCode", JIAXING).variable("year", YEAR)
                .variable("first", 2)).path("cultivation").entity(MAP).get(), "candidates");
        assertThat(firstTwo).extracting(c -> map(c, "enterprise").get("uscc")).containsExactly(QUALIFY, JXPGAZ);
    }
}
