package org.chaingraph.errors;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/** The id of each HTTP request: the caller's {@code X-Request-Id} when it is sane, else a new random one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    public static String assign(HttpServletRequest request) {
        String given = request.getHeader(HEADER);
        String id;
        if (given != null && SANE.matcher(given).matches()) {
            id = given;
        } else {
            byte[] bytes = new byte[8];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        }
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }

    /** The id assigned to {@code request}, or null outside a request. */
    public static String of(HttpServletRequest request) {
        return request == null ? null : (String) request.getAttribute(ATTRIBUTE);
    }
}
