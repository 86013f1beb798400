package org.chaingraph.graphql;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The {@code year} argument every analytics field takes: 1949–2100, and "this year" means this year
 * in China (the programmes' calendar), whatever the server's time zone.
 */
public final class YearArgument {

    public static final int MIN = 1949;
    public static final int MAX = 2100;
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private YearArgument() {
    }

    /** {@code year}, or this year in China when absent. */
    public static int orThisYear(Integer year) {
        return require(year == null ? today().getYear() : year);
    }

    /** {@code year}, which must be given and within 1949–2100. */
    public static int require(Integer year) {
        return require("year", year);
    }

    /** A year-valued argument named {@code argument}, which must be given and within 1949–2100. */
    public static int require(String argument, Integer year) {
        if (year == null || year < MIN || year > MAX) {
            throw new BadRequestException(argument, "must be between " + MIN + " and " + MAX + ", got " + year);
        }
        return year;
    }

    /** Today in China. */
    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
