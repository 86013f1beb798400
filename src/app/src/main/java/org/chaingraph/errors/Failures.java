package org.chaingraph.errors;

import org.chaingraph.graphql.BadRequestException;
import org.chaingraph.graphql.ForbiddenException;
import org.chaingraph.graphql.NotFoundException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/** One classification of failures for GraphQL and the HTTP endpoints alike. */
public final class Failures {

    record Failure(ErrorCode code, String message) {
    }

    private Failures() {
    }

    /** The code {@code ex} is reported with. */
    public static ErrorCode codeOf(Throwable ex) {
        var failure = classify(ex);
        return failure == null ? ErrorCode.INTERNAL : failure.code();
    }

    /** The code and client-safe message of {@code ex}, or null when it is a bug (INTERNAL). */
    static Failure classify(Throwable ex) {
        if (ex instanceof BadRequestException) {
            return new Failure(ErrorCode.INVALID_ARGUMENT, ex.getMessage());
        }
        if (ex instanceof NotFoundException) {
            return new Failure(ErrorCode.NOT_FOUND, ex.getMessage());
        }
        if (ex instanceof ForbiddenException) {
            return new Failure(ErrorCode.FORBIDDEN, ex.getMessage());
        }
        if (ex instanceof ApiException api) {
            return new Failure(api.code(), api.getMessage());
        }
        if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException) {
            return new Failure(ErrorCode.SERVICE_UNAVAILABLE, "the database is unavailable; retry shortly");
        }
        if (ex instanceof Neo4jException neo4j && timedOut(neo4j)) {
            return new Failure(ErrorCode.TIMEOUT, "the request ran longer than its time limit (chaingraph.limits.timeout) and was stopped");
        }
        if (ex instanceof TransientException) {
            return new Failure(ErrorCode.SERVICE_UNAVAILABLE, "the database is busy; retry shortly");
        }
        if (ex.getCause() != null && ex.getCause() != ex && !(ex instanceof ClientException)) {
            return classify(ex.getCause());
        }
        return null;
    }

    private static boolean timedOut(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
                || code.contains("TransactionMarkedAsFailed") && String.valueOf(e.getMessage()).contains("timeout");
    }
}
