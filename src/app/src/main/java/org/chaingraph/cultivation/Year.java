package org.chaingraph.cultivation;

import org.chaingraph.graphql.BadRequestException;

/** The {@code year} argument of the cultivation and cluster fields: 1949–2100. */
public final class Year {

    public static final int MIN = 1949;
    public static final int MAX = 2100;

    private Year() {
    }

    /** {@code year}, or this year in China when absent. */
    public static int orThisYear(Integer year) {
        return require(year == null ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() : year);
    }

    public static int require(Integer year) {
        if (year == null || year < MIN || year > MAX) {
            throw new BadRequestException("year", "must be between " + MIN + " and " + MAX + ", got " + year);
        }
        return year;
    }
}
