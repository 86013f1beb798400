package org.chaingraph.matchmaking;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

import org.chaingraph.graphql.BadRequestException;

/** Checks of the matchmaking arguments shared by GraphQL fields and CSV downloads. */
public final class MatchArguments {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private MatchArguments() {
    }

    /** {@code value}, or {@code defaultValue} when absent; outside {@code min..max} a BAD_REQUEST naming {@code argument}. */
    public static int count(String argument, Integer value, int defaultValue, int min, int max) {
        int n = value == null ? defaultValue : value;
        if (n < min || n > max) {
            throw new BadRequestException(argument, "must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    /** The year designations must be valid in: {@code year}, or this year in China. */
    public static int year(Integer year) {
        if (year == null) {
            return Year.now(CHINA).getValue();
        }
        if (year < 1949 || year > 2100) {
            throw new BadRequestException("year", "must be between 1949 and 2100, got " + year);
        }
        return year;
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
