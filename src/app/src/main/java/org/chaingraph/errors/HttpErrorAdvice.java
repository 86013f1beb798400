package org.chaingraph.errors;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the plain HTTP endpoints (maps, CSV downloads, admin imports), in the same shape and
 * with the same codes as GraphQL errors ({@link ErrorBody}). Client mistakes are 4xx naming the
 * parameter; anything unexpected is a 500 with a generic message, logged with the request id.
 */
@RestControllerAdvice
final class HttpErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(HttpErrorAdvice.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> malformed(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String expected = e.getRequiredType() == Integer.class ? "a whole number" : "a valid value";
        return body(ErrorCode.INVALID_ARGUMENT, e.getName() + ": must be " + expected + ", got "
                + Messages.quote(String.valueOf(e.getValue()), 40), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return body(ErrorCode.INVALID_ARGUMENT, "the request body is not valid JSON of the expected shape", request);
    }

    @ExceptionHandler(MissingRequestValueException.class)
    ResponseEntity<Map<String, Object>> missing(MissingRequestValueException e, HttpServletRequest request) {
        return body(ErrorCode.INVALID_ARGUMENT, e.getMessage(), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return ResponseEntity.status(415).body(ErrorBody.of(ErrorCode.INVALID_ARGUMENT,
                "Content-Type " + e.getContentType() + " is not accepted here; use one of " + e.getSupportedMediaTypes(), RequestIds.of(request)));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return ResponseEntity.status(405).body(ErrorBody.of(ErrorCode.INVALID_ARGUMENT,
                "method " + e.getMethod() + " is not allowed here", RequestIds.of(request)));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException e, HttpServletRequest request) {
        return body(ErrorCode.NOT_FOUND, "no such page: " + Messages.quote(request.getRequestURI(), 100), request);
    }

    /** The client hung up before its answer was written: nobody to answer, nothing failed here. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
        log.debug("request {} {}: the client went away before its answer was written", request.getMethod(), request.getRequestURI());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> any(Exception e, HttpServletRequest request) {
        if (malformedGraphQlRequest(e)) {
            return body(ErrorCode.INVALID_ARGUMENT, "the request body must be a JSON object with a 'query' string", request);
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            String detail = response.getBody().getDetail();
            return ResponseEntity.status(response.getStatusCode()).body(ErrorBody.of(ErrorCode.INVALID_ARGUMENT,
                    detail == null ? "the request is not valid" : detail, RequestIds.of(request)));
        }
        var failure = Failures.classify(e);
        if (failure == null) {
            log.error("request {} {} failed", request.getMethod(), request.getRequestURI(), e);
            return body(ErrorCode.INTERNAL, "internal error; the server log has the details under request id " + RequestIds.of(request), request);
        }
        return body(failure.code(), failure.message(), request);
    }

    /**
     * Spring for GraphQL reads a JSON {@code null} body as no request and then fails building one
     * (a NullPointerException in WebGraphQlRequest); nothing else reaches here from its handler.
     */
    private static boolean malformedGraphQlRequest(Exception e) {
        var top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e instanceof NullPointerException && top != null
                && top.getClassName().equals("org.springframework.graphql.server.WebGraphQlRequest");
    }

    private static ResponseEntity<Map<String, Object>> body(ErrorCode code, String message, HttpServletRequest request) {
        return ResponseEntity.status(code.status()).body(ErrorBody.of(code, message, RequestIds.of(request)));
    }
}
