package org.chaingraph.web;

/**
 * Text for a cell of a CSV or spreadsheet download. A cell starting with {@code = + - @}, a tab or a
 * carriage return is read by Excel and WPS as a formula (OWASP "CSV injection"), so such text gets a
 * leading apostrophe, which spreadsheets show as text and hide. Numbers we write ourselves are not
 * passed through here.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠' -> "'" + text;
            default -> text;
        };
    }
}
