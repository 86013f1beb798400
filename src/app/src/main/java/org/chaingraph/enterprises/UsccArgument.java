package org.chaingraph.enterprises;

import org.chaingraph.graphql.BadRequestException;

/** USCC arguments of the API: a malformed one is the client's error, reported with the reason. */
public final class UsccArgument {

    private UsccArgument() {
    }

    /** {@code uscc} if valid; otherwise a {@link BadRequestException} naming {@code argument}. */
    public static String require(String argument, String uscc) {
        Uscc.problem(uscc).ifPresent(problem -> {
            throw new BadRequestException(argument, "invalid USCC '" + uscc + "': " + problem);
        });
        return uscc;
    }
}
