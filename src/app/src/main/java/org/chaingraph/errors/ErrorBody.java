package org.chaingraph.errors;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

/**
 * The body of an HTTP error, shaped like a GraphQL response with one error so clients parse every
 * error the same way: {@code {"errors":[{"message":…,"extensions":{"classification":…,"code":…,"requestId":…}}]}}.
 */
public final class ErrorBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {
    }

    public static Map<String, Object> of(ErrorCode code, String message, String requestId) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("classification", code.classification().toString());
        extensions.put("code", code.name());
        if (requestId != null) {
            extensions.put("requestId", requestId);
        }
        var error = new LinkedHashMap<String, Object>();
        error.put("message", Messages.truncate(message));
        error.put("extensions", extensions);
        return Map.of("errors", List.of(error));
    }

    /** Writes the error as the whole response (from servlet filters, before any controller runs). */
    public static void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String message) throws IOException {
        response.setStatus(code.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), of(code, message, RequestIds.of(request)));
    }
}
