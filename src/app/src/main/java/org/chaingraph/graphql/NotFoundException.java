package org.chaingraph.graphql;

/**
 * Something an operation needs does not exist, e.g. the chain of an analytics query. Lookups by id
 * return null instead; this is for fields that cannot answer without the thing they name.
 */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String argument, String what) {
        super(argument + ": " + what + " not found", null, false, false);
    }
}
