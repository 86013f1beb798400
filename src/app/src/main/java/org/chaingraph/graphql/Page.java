package org.chaingraph.graphql;

import java.util.HashMap;
import java.util.Map;

/**
 * The page a client asked for with {@code first} and {@code after}, validated. Statements receive
 * {@code $after} (the key to start after; {@code ''} sorts before every key) and {@code $limit}
 * (one more row than the page, to learn whether there is a next page).
 */
public record Page(int first, String afterKey) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Page of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0 || size > MAX_SIZE) {
            throw new BadRequestException("first", "must be between 0 and " + MAX_SIZE + ", got " + size);
        }
        return new Page(size, after == null ? null : Cursor.decode(after, "after"));
    }

    /** A page of at most {@code first} items, for lists that are not connections. */
    public static int size(Integer first) {
        return of(first, null).first();
    }

    public int limit() {
        return first + 1;
    }

    /** {@code $after} and {@code $limit}, in a mutable map a caller may add to. */
    public Map<String, Object> parameters() {
        var parameters = new HashMap<String, Object>();
        parameters.put("after", afterKey == null ? "" : afterKey);
        parameters.put("limit", limit());
        return parameters;
    }
}
