package org.chaingraph.graphql;

/** Checks of arguments shared by several fields. */
public final class Arguments {

    private Arguments() {
    }

    /** {@code value}, which may be absent (null) but not blank: a blank id is a client mistake, not "no filter". */
    public static String optionalId(String argument, String value) {
        if (value != null && value.isBlank()) {
            throw new BadRequestException(argument, "must not be blank");
        }
        return value;
    }
}
