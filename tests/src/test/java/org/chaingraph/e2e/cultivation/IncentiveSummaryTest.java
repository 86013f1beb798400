package org.chaingraph.e2e.cultivation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chaingraph.e2e.cultivation.CultivationDataset.*;

import org.junit.jupiter.api.Test;

/** What a finance office budgets: per incentive of the region and below, firms and maximum total. */
class IncentiveSummaryTest extends CultivationApiTest {

    @Test
    void perIncentiveFirmsSupersededAndTotal() {
        var summary = summary(JIAXING, YEAR);
        assertThat(list(summary, "incentives")).extracting(i -> i.get("id"), i -> i.get("firmCount"), i -> i.get("supersededCount"),
                        i -> i.get("totalAmount"))
                .containsExactly(
                        tuple("jx-hc-first", 1, 1, 100.0),
                        tuple("jx-lg-first", 1, 0, 150.0),
                        tuple("jx-lg-renewal", 1, 1, 30.0),
                        tuple("jx-sc-national-first", 1, 0, 300.0),
                        tuple("jx-sc-provincial-first", 1, 0, 30.0),
                        tuple("jx-sc-provincial-renewal", 0, 0, 0.0),
                        // 南湖区 is below 嘉兴市: its incentive is part of the region's budget; 浙江省's are not.
                        tuple("nh-lg-first", 1, 0, 20.0));
        assertThat(summary.get("totalAmount")).isEqualTo(630.0);
        assertThat(summary.get("firmCount")).isEqualTo(5);
    }
}
