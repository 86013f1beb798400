package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.cultivation.CultivationDataset.*;

import java.util.List;
import java.util.Map;

import org.chaingraph.e2e.Statements;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.ResultCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;

/** docs/contracts.md §6 "Cultivation": counts, targets (CUMULATIVE / NEW, with and without level), pyramid. */
class CultivationReportTest extends CultivationApiTest {

    @Autowired
    Graph graph;

    @Autowired
    ResultCache cache;

    @Test
    void countsHoldersValidInTheYearInTheRegionAndBelow() {
        var counts = list(report(JIAXING, YEAR, null), "counts");
        // 专精特新: only the 南湖区 holder; the lapsed one (2021–2024) and the 苏州 one do not count.
        assertThat(count(counts, "SPECIALIZED_SME")).isEqualTo(1);
        assertThat(count(counts, "LITTLE_GIANT")).isEqualTo(3);
        assertThat(count(counts, "ABOVE_SCALE")).isEqualTo(2);
        // In 2024 the lapsed 专精特新 (expires 2024) was still valid, FIRST's (2022–2025) too.
        assertThat(count(list(report(JIAXING, 2024, null), "counts"), "SPECIALIZED_SME")).isEqualTo(3);
        // Every designation is listed, ladder by ladder.
        assertThat(counts).hasSize(13);
        assertThat(counts.get(0)).containsEntry("designation", "INNOVATIVE_SME").containsEntry("ladder", "SME").containsEntry("step", 1);
    }

    @Test
    void targetsOfTheRegionItselfWithCumulativeAndNewActuals() {
        var targets = list(report(JIAXING, YEAR, null), "targets");
        assertThat(targets).extracting(t -> t.get("designation"), t -> t.get("level"), t -> t.get("basis"), t -> t.get("count"),
                        t -> t.get("actual"), t -> t.get("progress"))
                .containsExactly(
                        // NEW since 2025, any level: the provincial first award of 2026; not NATCHAMP, first awarded 2022.
                        tuple("SINGLE_CHAMPION", null, "NEW", 2, 1, 0.5),
                        // NEW since 2025, national: NATCHAMP's first national award (2026); not the provincial one.
                        tuple("SINGLE_CHAMPION", "NATIONAL", "NEW", 4, 1, 0.25),
                        tuple("LITTLE_GIANT", "NATIONAL", "CUMULATIVE", 4, 3, 0.75),
                        tuple("SPECIALIZED_SME", null, "CUMULATIVE", 10, 1, 0.1));
        // 南湖区's own target is not 嘉兴市's.
        assertThat(targets).noneMatch(t -> "测试：南湖区目标（不属于嘉兴市报告）".equals(t.get("source")));
        // Before the base year nothing is NEW.
        assertThat(list(report(JIAXING, 2024, null), "targets")).filteredOn(t -> "NEW".equals(t.get("basis")))
                .allMatch(t -> (Integer) t.get("actual") == 0);
    }

    @Test
    void aRevenueTierCountsFirmsWithoutAnyAwardToo() {
        // Counts, targets and promotions read only the firms holding an award; a revenue tier reads every
        // firm: of 嘉兴's 16, all but one (300万) report 500万 or more, 91330402MA2D00022Y (900万) holding no award.
        assertThat(list(report(JIAXING, YEAR, null), "otherTargets")).singleElement().satisfies(t -> assertThat(t)
                .containsEntry("kind", "REVENUE_TIER").containsEntry("minRevenue", 500.0).containsEntry("actual", 15));
    }

    @Test
    void pyramidKeepsItsShapeOnlyWhenEachStepHoldsAtLeastTheOneAbove() {
        var shanghai = map(report(SHANGHAI, YEAR, null), "pyramid");
        assertThat(shanghai.get("ok")).isEqualTo(false);
        assertThat(list(shanghai, "counts")).extracting(c -> c.get("designation"), c -> c.get("count"))
                .containsExactly(tuple("POTENTIAL_GAZELLE", 2), tuple("GAZELLE", 1), tuple("POTENTIAL_UNICORN", 0), tuple("UNICORN", 1));
        assertThat(map(report(JIAXING, YEAR, null), "pyramid").get("ok")).isEqualTo(true);
    }

    @Test
    void aReportCostsAFixedNumberOfStatementsWhateverTheRegionSize() {
        long xiuzhou = Statements.counted(graph, cache, () -> report("330411", YEAR, null));
        long jiaxing = Statements.counted(graph, cache, () -> report(JIAXING, YEAR, null));
        // region, firms holding an award, targets; enterprise fields of candidates are on the firms already.
        assertThat(xiuzhou).isEqualTo(3);
        // 嘉兴 also sets a revenue tier: its actuals, and every firm (with or without an award).
        assertThat(jiaxing).isEqualTo(5);
    }

    @Test
    void unknownRegionAndBadYear() {
        graphQl.documentName("cultivation/cultivation").variable("regionCode", "999999").variable("year", YEAR).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().startsWith("regionCode: ")).verify();
        graphQl.documentName("cultivation/cultivation").variable("regionCode", JIAXING).variable("year", 3000).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("year: ")).verify();
    }

    static int count(List<Map<String, Object>> counts, String designation) {
        return counts.stream().filter(c -> designation.equals(c.get("designation"))).map(c -> (Integer) c.get("count")).findFirst().orElseThrow();
    }
}
