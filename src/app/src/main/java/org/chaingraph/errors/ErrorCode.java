package org.chaingraph.errors;

import graphql.ErrorClassification;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

/**
 * The stable {@code extensions.code} of every error ChainGraph returns, over GraphQL and plain HTTP
 * alike, with its {@code extensions.classification} and the HTTP status the non-GraphQL endpoints
 * answer with. Clients branch on the code; messages are for people and may change.
 */
public enum ErrorCode {
    INVALID_ARGUMENT(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    INVALID_SYNTAX(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    INVALID_QUERY(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    NOT_FOUND(ErrorType.NOT_FOUND, HttpStatus.NOT_FOUND),
    UNAUTHENTICATED(ErrorType.UNAUTHORIZED, HttpStatus.UNAUTHORIZED),
    FORBIDDEN(ErrorType.FORBIDDEN, HttpStatus.FORBIDDEN),
    CONFLICT(ErrorType.BAD_REQUEST, HttpStatus.CONFLICT),
    QUERY_TOO_DEEP(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    QUERY_TOO_COSTLY(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    TOO_MANY_ALIASES(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    TOO_MANY_OPERATIONS(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    DOCUMENT_TOO_LARGE(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    REQUEST_TOO_LARGE(ErrorType.BAD_REQUEST, HttpStatus.PAYLOAD_TOO_LARGE),
    INTROSPECTION_DISABLED(ErrorType.BAD_REQUEST, HttpStatus.BAD_REQUEST),
    TIMEOUT(Custom.TIMEOUT, HttpStatus.GATEWAY_TIMEOUT),
    RATE_LIMITED(Custom.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS),
    SERVICE_UNAVAILABLE(Custom.SERVICE_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE),
    INTERNAL(ErrorType.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR);

    /** Classifications beyond Spring's five, for failures that are neither the client's nor a bug. */
    enum Custom implements ErrorClassification {
        TIMEOUT, RATE_LIMITED, SERVICE_UNAVAILABLE
    }

    private final ErrorClassification classification;
    private final HttpStatus status;

    ErrorCode(ErrorClassification classification, HttpStatus status) {
        this.classification = classification;
        this.status = status;
    }

    public ErrorClassification classification() {
        return classification;
    }

    public HttpStatus status() {
        return status;
    }

    /** The code of an error that carries none of ours, from its classification. */
    public static ErrorCode of(ErrorClassification classification) {
        if (classification == null) {
            return INTERNAL;
        }
        String name = classification.toString();
        return switch (name) {
            case "BAD_REQUEST" -> INVALID_ARGUMENT;
            case "NOT_FOUND" -> NOT_FOUND;
            case "FORBIDDEN" -> FORBIDDEN;
            case "UNAUTHORIZED" -> UNAUTHENTICATED;
            case "InvalidSyntax" -> INVALID_SYNTAX;
            case "ValidationError", "OperationNotSupported" -> INVALID_QUERY;
            case "IntrospectionDisabled" -> INTROSPECTION_DISABLED;
            case "TIMEOUT" -> TIMEOUT;
            case "RATE_LIMITED" -> RATE_LIMITED;
            case "SERVICE_UNAVAILABLE" -> SERVICE_UNAVAILABLE;
            default -> INTERNAL;
        };
    }
}
