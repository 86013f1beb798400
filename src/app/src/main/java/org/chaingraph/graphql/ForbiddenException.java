package org.chaingraph.graphql;

/** The caller may not do this (e.g. a mutation without the admin bearer token); classified {@code FORBIDDEN}. */
public final class ForbiddenException extends RuntimeException {

    public ForbiddenException(String reason) {
        super(reason, null, false, false);
    }
}
