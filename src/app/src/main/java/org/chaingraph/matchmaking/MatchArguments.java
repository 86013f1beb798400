package org.chaingraph.matchmaking;


import org.chaingraph.graphql.BadRequestException;

/** Checks of the matchmaking arguments shared by GraphQL fields and CSV downloads. */
public final class MatchArguments {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

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

}
