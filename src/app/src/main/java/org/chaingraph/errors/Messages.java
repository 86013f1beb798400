package org.chaingraph.errors;

/** Error messages as clients see them: echoed input never makes a message longer than {@link #MAX_LENGTH}. */
public final class Messages {

    /** Longest message returned; a 100 KB USCC must not come back as a 100 KB error. */
    public static final int MAX_LENGTH = 500;

    private Messages() {
    }

    public static String truncate(String message) {
        return truncate(message, MAX_LENGTH);
    }

    /** {@code text}, cut at {@code max} characters with a note of its full length. */
    public static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max) + "… (" + text.length() + " characters, truncated)";
    }

    /** A value quoted in a message, shortened to {@code max} characters. */
    public static String quote(String value, int max) {
        if (value == null) {
            return "null";
        }
        return value.length() <= max ? "'" + value + "'" : "'" + value.substring(0, max) + "…' (" + value.length() + " characters)";
    }
}
