package org.chaingraph.imports;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.chaingraph.enterprises.Uscc;

/**
 * Streams one dataset file as typed rows (column name → value), one at a time so that a file of
 * any size is read in bounded memory, and reports every bad value as
 * {@code file:line: column: reason}. References to other files are checked by the caller.
 */
final class DatasetReader {

    /** A row: its physical line in the file and its typed values, keyed by column name. */
    record Row(long line, Map<String, Object> values) {
    }

    /** Receives each row that passed the value checks, and the raw key of every row (even refused ones). */
    interface RowHandler {
        void row(Row row);

        default void attemptedKey(String key) {
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setTrim(true)
            .get();

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    private DatasetReader() {
    }

    /**
     * Reads {@code path} as {@code spec}. Returns false when the file could not be read as a whole
     * (bad header, malformed CSV), so that references into it are not reported again.
     *
     * @param bytesRead told how many bytes were consumed so far, for progress
     */
    static boolean read(Path path, DatasetFile spec, ImportErrors errors, RowHandler handler, LongConsumer bytesRead) {
        return read(path, spec, false, errors, handler, bytesRead);
    }

    /** @param keysOnly read only the key columns (a file under {@code deletes/}); other columns are ignored */
    static boolean read(Path path, DatasetFile spec, boolean keysOnly, ImportErrors errors, RowHandler handler, LongConsumer bytesRead) {
        String file = keysOnly ? DatasetDirectory.DELETES + "/" + spec.file : spec.file;
        List<Column> columns = keysOnly ? spec.columns.stream().filter(c -> spec.key.contains(c.name())).toList() : spec.columns;
        long lastLine = 1;
        try (var counting = new CountingStream(Files.newInputStream(path), bytesRead);
             Reader reader = reader(counting, charsetOf(path));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            // Chinese headers (the data dictionary's names) stand for the English ones.
            List<String> names = parser.getHeaderNames().stream().map(name -> ColumnNames.english(spec, name, columns)).toList();
            Map<String, Integer> header = checkHeader(file, columns, names, errors);
            if (header == null) {
                return false;
            }
            Integer keyIndex = spec.key.size() == 1 ? header.get(spec.key.get(0)) : null;
            long lineAfterPrevious = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = lineAfterPrevious + 1;
                lastLine = line;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (keyIndex != null && keyIndex < record.size()) {
                    handler.attemptedKey(record.get(keyIndex));
                }
                if (record.size() > names.size()) {
                    errors.add(file, line, "-", "the row has " + record.size() + " fields, the header " + names.size());
                    continue;
                }
                var values = parseRow(file, columns, keysOnly ? null : spec, record, header, line, errors);
                if (values != null) {
                    handler.row(new Row(line, values));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            errors.add(file, lastLine, "-", "malformed CSV: " + cause.getMessage());
            return false;
        }
        return true;
    }

    /** How far into a file its encoding is judged: the header and the first few hundred rows. */
    static final int SNIFF_BYTES = 64 * 1024;
    /** GB18030 covers GBK and GB2312: what Excel and WPS save as "CSV" on a Chinese Windows. */
    static final Charset CHINESE_WINDOWS = Charset.forName("GB18030");

    /**
     * UTF-8, unless the file's first {@value #SNIFF_BYTES} bytes hold more byte sequences that are not
     * UTF-8 than multi-byte ones that are: then it was saved by a Chinese Windows program (GBK text
     * is almost never valid UTF-8), so GB18030. A UTF-8 file with a few bad bytes stays UTF-8, and each
     * is reported on its row.
     */
    static Charset charsetOf(Path path) throws IOException {
        Charset forced = Encoding.forced();
        if (forced != null) {
            return forced;
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(path)) {
            start = in.readNBytes(SNIFF_BYTES);
        }
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < start.length; ) {
            int lead = start[i] & 0xFF;
            int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
            if (length == 1) {
                i++;
                continue;
            }
            boolean ok = length > 0 && i + length <= start.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (start[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += length;
            } else if (length > 0 && i + length > start.length) {
                break; // a character cut by the end of the sample
            } else {
                invalid++;
                i++;
            }
        }
        return invalid > valid ? CHINESE_WINDOWS : StandardCharsets.UTF_8;
    }

    private static Reader reader(InputStream in, Charset charset) throws IOException {
        // Bad bytes become U+FFFD and are reported on their own row and column (decoding ahead in a
        // buffer would name the wrong line).
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        var reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        // Spreadsheet programs save UTF-8 with a byte-order mark; it is not part of the first column's name.
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Column name → index, or null when a required column is missing or a name is given twice. */
    private static Map<String, Integer> checkHeader(String file, List<Column> columns, List<String> names, ImportErrors errors) {
        boolean usable = true;
        var header = new HashMap<String, Integer>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isEmpty()) {
                continue;
            }
            if (name.indexOf('\uFFFD') >= 0) {
                errors.add(file, 1, "-", "the header is neither UTF-8 nor GB18030/GBK text (save the file as UTF-8)");
                return null;
            }
            Integer first = header.putIfAbsent(name, i);
            if (first != null) {
                errors.add(file, 1, name, "the column is named twice (columns " + (first + 1) + " and " + (i + 1) + ")");
                usable = false;
            }
        }
        for (Column column : columns) {
            if (column.isRequired() && !header.containsKey(column.name())) {
                errors.add(file, 1, column.name(), "required column is missing");
                usable = false;
            }
        }
        return usable ? header : null;
    }

    /** The typed values of a row, or null when any value is bad (each problem is reported). */
    private static Map<String, Object> parseRow(String file, List<Column> columns, DatasetFile rowChecks, CSVRecord record,
                                                Map<String, Integer> header, long line, ImportErrors errors) {
        int before = errors.total();
        var values = new LinkedHashMap<String, Object>();
        for (Column column : columns) {
            Integer index = header.get(column.name());
            String raw = index == null || index >= record.size() ? "" : record.get(index);
            Object value = null;
            if (!raw.isEmpty()) {
                String problem = textProblem(raw, column.maxLength());
                if (problem != null) {
                    errors.add(file, line, column.name(), problem);
                } else {
                    value = parse(column, raw, file, line, errors);
                }
            } else if (column.isRequired()) {
                errors.add(file, line, column.name(), "required value is empty");
            }
            if (value == null && column.type() == Column.Type.LIST && raw.isEmpty()) {
                value = List.of();
            }
            values.put(column.name(), value == null ? column.defaultValue() : value);
        }
        if (errors.total() > before) {
            return null;
        }
        if (rowChecks != null) {
            rowChecks.rowCheck.apply(values).ifPresent(p -> errors.add(file, line, p.column(), p.reason()));
        }
        return errors.total() > before ? null : values;
    }

    /** Why a raw value cannot be stored, or null: too long, not UTF-8, control or bidi-override characters. */
    static String textProblem(String raw, int maxLength) {
        if (raw.length() > maxLength) {
            return "the value is " + raw.length() + " characters long; at most " + maxLength + " are allowed";
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\uFFFD') {
                return "not valid UTF-8 at character " + (i + 1) + " (save the file as UTF-8)";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F) {
                return String.format("control character U+%04X at character %d is not allowed", (int) c, i + 1);
            }
            // Bidirectional overrides and isolates reorder what a reader sees (Trojan Source).
            if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return String.format("bidirectional control character U+%04X at character %d is not allowed", (int) c, i + 1);
            }
        }
        return null;
    }

    private static Object parse(Column column, String raw, String file, long line, ImportErrors errors) {
        try {
            return switch (column.type()) {
                case TEXT -> raw;
                case INTEGER -> Long.parseLong(raw);
                case DECIMAL -> decimal(raw);
                case BOOLEAN -> bool(raw);
                case YEAR -> year(raw);
                case DATE -> LocalDate.parse(raw);
                case ENUM -> oneOf(column, raw);
                case LIST -> list(column, raw);
                case USCC -> uscc(raw);
            };
        } catch (BadValue e) {
            errors.add(file, line, column.name(), e.getMessage());
        } catch (NumberFormatException e) {
            errors.add(file, line, column.name(), "'" + raw + "' is not " + (column.type() == Column.Type.INTEGER ? "an integer" : "a number"));
        } catch (DateTimeParseException e) {
            errors.add(file, line, column.name(), "'" + raw + "' is not an ISO date (YYYY-MM-DD)");
        }
        return null;
    }

    private static Double decimal(String raw) {
        double value = Double.parseDouble(raw);
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new NumberFormatException(raw);
        }
        return value;
    }

    private static Boolean bool(String raw) {
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadValue("'" + raw + "' is not a boolean (true or false)");
        };
    }

    private static Long year(String raw) {
        long year;
        try {
            year = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadValue("'" + raw + "' is not a year");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BadValue("year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        return year;
    }

    private static String oneOf(Column column, String raw) {
        if (!column.allowed().contains(raw)) {
            throw new BadValue("'" + raw + "' is not one of " + String.join(", ", column.allowed()));
        }
        return raw;
    }

    private static List<String> list(Column column, String raw) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : raw.split("\\|")) {
            if (!item.isBlank()) {
                String name = item.strip();
                if (name.length() > Column.KEY_LENGTH) {
                    throw new BadValue("item '" + name.substring(0, 20) + "…' is " + name.length() + " characters long; at most "
                            + Column.KEY_LENGTH + " are allowed");
                }
                if (!column.allowed().isEmpty() && !column.allowed().contains(name)) {
                    throw new BadValue("item '" + name + "' is not one of " + String.join(", ", column.allowed()));
                }
                items.add(name);
            }
        }
        if (items.size() > Column.MAX_LIST_ITEMS) {
            throw new BadValue(items.size() + " items; at most " + Column.MAX_LIST_ITEMS + " are allowed");
        }
        return List.copyOf(items);
    }

    private static String uscc(String raw) {
        Uscc.problem(raw).ifPresent(problem -> {
            throw new BadValue("invalid USCC '" + raw + "': " + problem);
        });
        return raw;
    }

    private static final class BadValue extends RuntimeException {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    /** Counts bytes as the parser consumes them, for progress by size while validating. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer listener;
        private long count;

        CountingStream(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                listener.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                listener.accept(count);
            }
            return n;
        }
    }
}
