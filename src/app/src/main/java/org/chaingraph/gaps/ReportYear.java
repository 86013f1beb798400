package org.chaingraph.gaps;

import java.time.Year;
import java.time.ZoneId;

import org.chaingraph.graphql.BadRequestException;

/** The {@code year} argument of gap reports and chain maps. */
final class ReportYear {

    static final int MIN = 1949;
    static final int MAX = 2100;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private ReportYear() {
    }

    /** {@code year}, or this year in China when absent; a year outside 1949–2100 is a client mistake. */
    static int resolve(Integer year) {
        if (year == null) {
            return Year.now(CHINA).getValue();
        }
        if (year < MIN || year > MAX) {
            throw new BadRequestException("year", "must be between " + MIN + " and " + MAX + ", got " + year);
        }
        return year;
    }
}
