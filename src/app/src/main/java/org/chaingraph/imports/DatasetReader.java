package org.chaingraph.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chaingraph.enterprises.Uscc;

/**
 * Reads one dataset file into typed rows (column name → value) and reports every bad value as
 * {@code file:line: column: reason}. References to other files are checked later, once every
 * file is read.
 */
final class DatasetReader {

    /** A row: its physical line in the file and its typed values, keyed by column name. */
    record Row(long line, Map<String, Object> values) {
    }

    /**
     * A file's valid rows, plus what other files may refer to even when a row was refused: the raw
     * keys of every row, and whether the file could be read at all. A reference to a refused row
     * is not reported again as dangling, so each report names the root cause once.
     */
    record FileRows(List<Row> rows, Set<String> attemptedKeys, boolean readable) {
        static FileRows absent() {
            return new FileRows(List.of(), Set.of(), true);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setTrim(true)
            .get();

    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;

    private DatasetReader() {
    }

    static FileRows read(Path directory, DatasetFile spec, ImportErrors errors) {
        Path path = directory.resolve(spec.file);
        if (!Files.exists(path)) {
            return FileRows.absent();
        }
        var rows = new ArrayList<Row>();
        var attemptedKeys = new HashSet<String>();
        try (Reader reader = utf8(path); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!checkHeader(spec, header, errors)) {
                return new FileRows(List.of(), Set.of(), false);
            }
            Integer keyIndex = spec.key.size() == 1 ? header.get(spec.key.get(0)) : null;
            var keys = new HashMap<List<Object>, Long>();
            long lineAfterPrevious = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                long line = lineAfterPrevious + 1;
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (keyIndex != null && keyIndex < record.size()) {
                    attemptedKeys.add(record.get(keyIndex));
                }
                var values = parseRow(spec, record, header, line, errors);
                if (values == null) {
                    continue;
                }
                var key = spec.key.stream().map(values::get).toList();
                Long first = keys.putIfAbsent(key, line);
                if (first != null) {
                    errors.add(spec.file, line, String.join("+", spec.key),
                            "duplicate key " + key.stream().map(k -> k == null ? "" : k.toString()).toList() + " (first at line " + first + ")");
                    continue;
                }
                rows.add(new Row(line, values));
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            String reason = cause instanceof CharacterCodingException
                    ? "the file is not valid UTF-8"
                    : "malformed CSV: " + cause.getMessage();
            errors.add(spec.file, Math.max(1, rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1), "-", reason);
            return new FileRows(rows, attemptedKeys, false);
        }
        return new FileRows(rows, attemptedKeys, true);
    }

    private static Reader utf8(Path path) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path), decoder));
        // Spreadsheet programs save UTF-8 with a byte-order mark; it is not part of the first column's name.
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static boolean checkHeader(DatasetFile spec, Map<String, Integer> header, ImportErrors errors) {
        boolean complete = true;
        for (Column column : spec.columns) {
            if (column.isRequired() && !header.containsKey(column.name())) {
                errors.add(spec.file, 1, column.name(), "required column is missing");
                complete = false;
            }
        }
        return complete;
    }

    /** The typed values of a row, or null when any value is bad (each problem is reported). */
    private static Map<String, Object> parseRow(DatasetFile spec, CSVRecord record, Map<String, Integer> header,
                                                long line, ImportErrors errors) {
        int before = errors.total();
        var values = new LinkedHashMap<String, Object>();
        for (Column column : spec.columns) {
            Integer index = header.get(column.name());
            String raw = index == null || index >= record.size() ? "" : record.get(index);
            Object value = raw.isEmpty() ? null : parse(column, raw, spec.file, line, errors);
            if (raw.isEmpty() && column.isRequired()) {
                errors.add(spec.file, line, column.name(), "required value is empty");
            }
            if (value == null && column.type() == Column.Type.LIST && raw.isEmpty()) {
                value = List.of();
            }
            values.put(column.name(), value == null ? column.defaultValue() : value);
        }
        if (errors.total() > before) {
            return null;
        }
        spec.rowCheck.apply(values).ifPresent(p -> errors.add(spec.file, line, p.column(), p.reason()));
        return errors.total() > before ? null : values;
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
                case LIST -> list(raw);
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

    private static List<String> list(String raw) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : raw.split("\\|")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
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
}
