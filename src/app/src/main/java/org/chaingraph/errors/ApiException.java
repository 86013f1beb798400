package org.chaingraph.errors;

/**
 * A refusal with a stable code, for the cross-cutting rules (limits, time-outs, an unavailable
 * database); feature code keeps throwing BadRequest/NotFound/Forbidden exceptions.
 */
public final class ApiException extends RuntimeException {

    private final ErrorCode code;

    public ApiException(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ApiException(ErrorCode code, String message, Throwable cause) {
        super(message, cause, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
