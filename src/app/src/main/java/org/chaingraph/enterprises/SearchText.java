package org.chaingraph.enterprises;

import org.chaingraph.graphql.BadRequestException;

/**
 * The text of a name search, validated and made safe for the full-text index: user text never
 * becomes Lucene syntax.
 */
public record SearchText(String text) {

    /** Longer text would only add clauses (Lucene caps a query at 1024), not precision. */
    static final int MAX_LENGTH = 100;

    private static final String LUCENE_SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    public static SearchText of(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text", "must not be blank");
        }
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) > MAX_LENGTH) {
            throw new BadRequestException("text", "must be at most " + MAX_LENGTH + " characters");
        }
        return new SearchText(stripped);
    }

    /**
     * One character: the cjk analyzer indexes Chinese as overlapping bigrams, so a lone character
     * is no term of the index and must be matched as a substring.
     */
    public boolean isSingleCharacter() {
        return text.codePointCount(0, text.length()) == 1;
    }

    /**
     * The text as a Lucene query: special characters escaped, and lower-cased so that AND, OR and
     * NOT are words, not operators (the analyzer lower-cases indexed names anyway).
     */
    public String luceneQuery() {
        var query = new StringBuilder(text.length() * 2);
        text.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
            if (c < 0x80 && LUCENE_SPECIAL.indexOf(c) >= 0) {
                query.append('\\');
            }
            query.appendCodePoint(c);
        });
        return query.toString();
    }
}
