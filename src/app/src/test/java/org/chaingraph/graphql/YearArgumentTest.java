package org.chaingraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearArgumentTest {

    @ParameterizedTest
    @ValueSource(ints = {1949, 2025, 2100})
    void acceptsYearsFrom1949To2100(int year) {
        assertThat(YearArgument.orThisYear(year)).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(ints = {1948, 2101, 0, -5})
    void rejectsOtherYearsNamingTheArgument(int year) {
        assertThatThrownBy(() -> YearArgument.orThisYear(year)).isInstanceOf(BadRequestException.class)
                .hasMessage("year: must be between 1949 and 2100, got " + year);
    }

    @Test
    void defaultsToThisYearInChina() {
        int before = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        int year = YearArgument.orThisYear(null);
        assertThat(year).isBetween(before, Year.now(ZoneId.of("Asia/Shanghai")).getValue());
    }

    @Test
    void namesTheArgumentItChecks() {
        assertThatThrownBy(() -> YearArgument.require("since", 1800)).isInstanceOf(BadRequestException.class)
                .hasMessage("since: must be between 1949 and 2100, got 1800");
        assertThatThrownBy(() -> YearArgument.require(null)).hasMessage("year: must be between 1949 and 2100, got null");
    }
}
