package org.chaingraph.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.ZoneId;

import org.chaingraph.graphql.BadRequestException;
import org.junit.jupiter.api.Test;

class EnterpriseFilterParametersTest {

    @Test
    void noFilterAppliesNoCriterion() {
        assertThat(EnterpriseFilter.orNone(null).parameters())
                .containsEntry("regionCode", null).containsEntry("designation", null).containsEntry("scale", null)
                .containsEntry("segmentId", null).containsEntry("chainId", null).containsEntry("clusterId", null);
    }

    @Test
    void enumsBecomeTheirNames() {
        var filter = new EnterpriseFilter(null, Designation.LITTLE_GIANT, 2024, Scale.SMALL, null, null, null);
        assertThat(filter.parameters()).containsEntry("designation", "LITTLE_GIANT").containsEntry("scale", "SMALL").containsEntry("year", 2024);
    }

    @Test
    void yearDefaultsToThisYearInChina() {
        var filter = new EnterpriseFilter(null, Designation.GAZELLE, null, null, null, null, null);
        assertThat(filter.parameters()).containsEntry("year", Year.now(ZoneId.of("Asia/Shanghai")).getValue());
    }

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(() -> new EnterpriseFilter(" ", null, null, null, null, null, null).parameters())
                .isInstanceOf(BadRequestException.class).hasMessage("filter.regionCode: must not be blank");
        assertThatThrownBy(() -> new EnterpriseFilter(null, null, null, null, null, null, "").parameters())
                .hasMessageStartingWith("filter.clusterId: ");
        assertThatThrownBy(() -> new EnterpriseFilter(null, null, 2024, null, null, null, null).parameters())
                .hasMessageStartingWith("filter.year: ");
        assertThatThrownBy(() -> new EnterpriseFilter(null, Designation.GAZELLE, 1700, null, null, null, null).parameters())
                .hasMessage("filter.year: must be between 1949 and 2100, got 1700");
    }
}
