package org.chaingraph.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.time.ZoneId;

import org.chaingraph.graphql.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportYearTest {

    @ParameterizedTest
    @ValueSource(ints = {1949, 2025, 2100})
    void acceptsYearsFrom1949To2100(int year) {
        assertThat(ReportYear.resolve(year)).isEqualTo(year);
    }

    @ParameterizedTest
    @ValueSource(ints = {1948, 2101, 0, -5})
    void rejectsOtherYearsNamingTheArgument(int year) {
        assertThatThrownBy(() -> ReportYear.resolve(year)).isInstanceOf(BadRequestException.class)
                .hasMessage("year: must be between 1949 and 2100, got " + year);
    }

    @Test
    void defaultsToThisYearInChina() {
        int before = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        int year = ReportYear.resolve(null);
        assertThat(year).isBetween(before, Year.now(ZoneId.of("Asia/Shanghai")).getValue());
    }
}
