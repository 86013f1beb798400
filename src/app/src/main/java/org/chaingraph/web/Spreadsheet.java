package org.chaingraph.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.chaingraph.graphql.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A download for spreadsheet users, as CSV or .xlsx, in one place: headers in Chinese (English with
 * {@code lang=en}), USCCs that stay text (Excel keeps 15 digits of a number, so an all-digit USCC read
 * as one is silently corrupted), numbers in plain notation, text guarded against formula injection
 * ({@link SpreadsheetText}). The CSV is UTF-8 with a byte-order mark: without one Excel reads it in the
 * local code page and garbles the Chinese.
 */
public final class Spreadsheet {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final String BOM = "\uFEFF";

    /** The formats a download comes in, by the extension of its path. */
    public enum Format {
        CSV, XLSX;

        /** The format of {@code extension} ({@code csv} or {@code xlsx}); NOT_FOUND for any other. */
        public static Format of(String extension) {
            for (Format format : values()) {
                if (format.name().equalsIgnoreCase(extension)) {
                    return format;
                }
            }
            throw new NotFoundException("format", "a download as '." + extension + "' (csv or xlsx)");
        }
    }

    /**
     * The download in {@code format}: {@code filename} without extension; the .xlsx's one sheet named
     * {@code sheet} (Chinese) or {@code englishSheet}.
     */
    public static ResponseEntity<byte[]> download(Format format, String filename, String sheet, String englishSheet, List<Column> columns,
                                                  List<List<Object>> rows, boolean english) {
        return format == Format.CSV ? csv(filename, columns, rows, english) : xlsx(filename, english ? englishSheet : sheet, columns, rows, english);
    }

    /** What a column holds: how it is written in each format. */
    public enum Kind { TEXT, USCC, NUMBER, BOOLEAN }

    public record Column(String chinese, String english, Kind kind) {
    }

    private Spreadsheet() {
    }

    /** Whether {@code lang} asks for English headers ({@code en}); anything else, or none, is Chinese. */
    public static boolean english(String lang) {
        return lang != null && lang.strip().equalsIgnoreCase("en");
    }

    /** {@code filename} without its extension: {@code .csv} or {@code .xlsx} is added. */
    public static ResponseEntity<byte[]> csv(String filename, List<Column> columns, List<List<Object>> rows, boolean english) {
        var text = new StringWriter();
        text.write(BOM);
        try (var printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(columns.stream().map(c -> english ? c.english() : c.chinese()).toList());
            for (List<Object> row : rows) {
                for (int i = 0; i < columns.size(); i++) {
                    printer.print(csvCell(columns.get(i).kind(), row.get(i)));
                }
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(filename + ".csv", CSV, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One sheet named {@code sheet}: a bold, frozen header row, then the rows, text as text and numbers as numbers. */
    public static ResponseEntity<byte[]> xlsx(String filename, String sheet, List<Column> columns, List<List<Object>> rows, boolean english) {
        var out = new ByteArrayOutputStream();
        // Streaming: only a window of rows is held, whatever the report's length.
        var workbook = new SXSSFWorkbook(200);
        try {
            var header = workbook.createCellStyle();
            var bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            var text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            var table = workbook.createSheet(sheet);
            var first = table.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                var cell = first.createCell(i);
                cell.setCellValue(english ? columns.get(i).english() : columns.get(i).chinese());
                cell.setCellStyle(header);
                table.setColumnWidth(i, (columns.get(i).kind() == Kind.USCC ? 22 : 16) * 256);
            }
            table.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                var row = table.createRow(r + 1);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rows.get(r).get(i);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    switch (columns.get(i).kind()) {
                        case NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                        case BOOLEAN -> cell.setCellValue((Boolean) value);
                        // String cells are text to Excel; the text format keeps them so when edited.
                        case USCC, TEXT -> {
                            cell.setCellValue(SpreadsheetText.cell(value.toString()));
                            cell.setCellStyle(text);
                        }
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
        return download(filename + ".xlsx", XLSX, out.toByteArray());
    }

    static String csvCell(Kind kind, Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case NUMBER -> BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> value.toString();
            // ="…" is how a CSV tells Excel "this is text"; only an all-digit USCC needs it (one with letters stays text).
            case USCC -> value.toString().chars().allMatch(Character::isDigit) ? "=\"" + value + "\"" : value.toString();
            case TEXT -> SpreadsheetText.cell(value.toString());
        };
    }

    private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename)).body(body);
    }

    /** A plain filename when it is ASCII (every browser reads it); RFC 5987 encoding only when it is not. */
    static String disposition(String filename) {
        var attachment = ContentDisposition.attachment();
        boolean ascii = filename.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '"' && c != '\\');
        return (ascii ? attachment.filename(filename) : attachment.filename(filename, StandardCharsets.UTF_8)).build().toString();
    }
}
