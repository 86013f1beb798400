package org.chaingraph.graphql;

/**
 * An argument the client got wrong; reported as a GraphQL error classified {@code BAD_REQUEST}
 * whose message starts with the argument's name, e.g. {@code "first: must be between 0 and 100, got 101"}.
 */
public final class BadRequestException extends RuntimeException {

    private final String argument;

    public BadRequestException(String argument, String reason) {
        // No stack trace: this is a client error, never logged as a failure.
        super(argument + ": " + reason, null, false, false);
        this.argument = argument;
    }

    /** The argument (or input field path, e.g. {@code filter.year}) that was wrong. */
    public String argument() {
        return argument;
    }
}
