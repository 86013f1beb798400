package org.chaingraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque connection cursors. A cursor wraps the sort key of an edge (connections are ordered by a
 * unique key, e.g. the USCC), so the next page starts strictly after it: keyset pagination, no SKIP.
 * The prefix lets us change the format later and reject strings that were never cursors.
 */
public final class Cursor {

    private static final String PREFIX = "cg1:";

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key inside {@code cursor}; {@code argument} names the argument in the error when it is not a cursor. */
    public static String decode(String cursor, String argument) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor, argument);
        }
        if (!text.startsWith(PREFIX) || text.length() == PREFIX.length()) {
            throw invalid(cursor, argument);
        }
        return text.substring(PREFIX.length());
    }

    private static BadRequestException invalid(String cursor, String argument) {
        String shown = cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor;
        return new BadRequestException(argument, "invalid cursor '" + shown + "': pass an endCursor or edge cursor returned by this API");
    }
}
