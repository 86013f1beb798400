package org.chaingraph.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one error of an HTTP error body ({@code {"errors":[{"message":…,"extensions":{"code":…}}]}}). */
public record HttpError(String message, String code, String requestId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static HttpError of(String body) {
        try {
            JsonNode error = JSON.readTree(body).path("errors").path(0);
            return new HttpError(error.path("message").asText(null), error.path("extensions").path("code").asText(null),
                    error.path("extensions").path("requestId").asText(null));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON error body: " + body, e);
        }
    }

    public static HttpError of(byte[] body) {
        return of(new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
}
