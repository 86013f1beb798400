package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.cultivation.CultivationDataset.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

/** docs/contracts.md §6 "Incentives", one rule per test, on the hand-built dataset. */
class IncentiveTest extends CultivationApiTest {

    @Test
    void firstAwardOfAParentRegionAppliesAndTheSmallerAwardOfItsGroupIsSuperseded() {
        // 南湖区 firm: the 嘉兴市 incentives (a region above) apply, and 南湖区's own.
        assertThat(incentives(FIRST, YEAR)).extracting(m -> m.get("id"), m -> m.get("superseded"), m -> m.get("supersededBy"), m -> m.get("amount"))
                .containsExactly(
                        tuple("jx-lg-first", false, null, 150.0),
                        tuple("nh-lg-first", false, null, 20.0),
                        tuple("jx-hc-first", true, "jx-lg-first", 100.0));
    }

    @Test
    void renewalIsAnAwardInTheYearThatIsNotTheFirst() {
        assertThat(ids(incentives(RENEW, YEAR))).containsExactly("jx-lg-renewal");
        // Its first award, three years earlier, was a FIRST_AWARD then.
        assertThat(ids(incentives(RENEW, 2023))).containsExactly("jx-lg-first", "nh-lg-first");
        assertThat(incentives(RENEW, 2024)).isEmpty();
    }

    @Test
    void aRenewalIsSupersededByALargerFirstAwardOfTheSameGroup() {
        assertThat(incentives(DOUBLE, YEAR)).extracting(m -> m.get("id"), m -> m.get("trigger"), m -> m.get("superseded"))
                .containsExactly(tuple("jx-hc-first", "FIRST_AWARD", false), tuple("jx-lg-renewal", "RENEWAL", true));
    }

    @Test
    void sustainedGrowthNeedsBothYearsAtTwentyPercentOrMore() {
        assertThat(incentives(GROWTH20, YEAR)).extracting(m -> m.get("id"), m -> m.get("trigger"), m -> m.get("regionCode"))
                .containsExactly(tuple("sh-lg-growth", "SUSTAINED_GROWTH", "310000"));
        assertThat(incentives(GROWTH199, YEAR)).isEmpty();
        // The designation must be valid in the year: the 2024 award has expired by 2028.
        assertThat(incentives(GROWTH20, 2028)).isEmpty();
    }

    @Test
    void retainedMeansFirstAwardedTwoYearsBeforeAndStillValid() {
        // 秀洲区 firm, incentive of 浙江省 two levels up.
        assertThat(ids(incentives(RETAINED, YEAR))).containsExactly("zj-above-scale-retained");
        assertThat(incentives(RETAINED, 2025)).isEmpty();
        assertThat(incentives(OLDSCALE, YEAR)).isEmpty();
        assertThat(ids(incentives(OLDSCALE, 2025))).containsExactly("zj-above-scale-retained");
        // First awarded 2024 but expired in 2025: not retained.
        assertThat(incentives(LAPSEDSCALE, YEAR)).isEmpty();
    }

    @Test
    void levelMustMatchUnlessTheIncentiveHasNone() {
        // Provincial 单项冠军: the provincial incentive and the one without a level, not the national one.
        assertThat(ids(incentives(PROVCHAMP, YEAR))).containsExactly("jx-sc-provincial-first", "zj-sc-any-first");
        // National award in 2026 after a provincial one in 2022: first at the national level; no provincial renewal.
        assertThat(ids(incentives(NATCHAMP, YEAR))).containsExactly("jx-sc-national-first", "zj-sc-any-first");
        assertThat(incentives(NATCHAMP, YEAR).get(1).get("level")).isNull();
    }

    @Test
    void matchesCarryTheIncentive() {
        Map<String, Object> match = incentives(GROWTH20, YEAR).get(0);
        assertThat(match).containsEntry("name", "小巨人连续两年增速20%以上").containsEntry("source", "测试上海")
                .containsEntry("designation", "LITTLE_GIANT").containsEntry("level", "NATIONAL").containsEntry("amount", 50.0)
                .containsEntry("awardYear", 2026).containsEntry("exclusiveGroup", null);
    }

    @Test
    void unknownMalformedAndOutOfRangeArguments() {
        graphQl.documentName("cultivation/incentives").variable("uscc", "91330402MA2D00099U").variable("year", YEAR).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().startsWith("uscc: ")).verify();
        graphQl.documentName("cultivation/incentives").variable("uscc", FIRST.substring(0, 17) + "0").variable("year", YEAR).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("uscc: ")).verify();
        graphQl.documentName("cultivation/incentives").variable("uscc", FIRST).variable("year", 1948).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("year: ")).verify();
        graphQl.documentName("cultivation/incentives").variable("uscc", FIRST).variable("year", 2101).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("year: ")).verify();
    }

    static List<Object> ids(List<Map<String, Object>> matches) {
        return matches.stream().map(m -> m.get("id")).toList();
    }
}
