package org.chaingraph.imports;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * What an import did: the rows written per file, or — when any row was bad — every error found
 * (the first ones, and how many in all), in which case nothing was written.
 */
public record ImportReport(String dataset, boolean ok, Map<String, Integer> rowsPerFile, List<String> errors,
                           int errorCount, long millis) {

    public int totalRows() {
        return rowsPerFile.values().stream().mapToInt(Integer::intValue).sum();
    }

    public void print(PrintStream out, PrintStream err) {
        if (ok) {
            out.printf("Imported %s: %d rows from %d files in %.1f s%n", dataset, totalRows(), rowsPerFile.size(), millis / 1000.0);
            rowsPerFile.forEach((file, rows) -> out.printf("  %-20s %8d%n", file, rows));
            return;
        }
        errors.forEach(err::println);
        if (errorCount > errors.size()) {
            err.printf("... and %d more errors (%d in all)%n", errorCount - errors.size(), errorCount);
        }
        err.printf("Import of %s refused: %d error%s; nothing was written.%n", dataset, errorCount, errorCount == 1 ? "" : "s");
    }

    /** The report as one message, for exceptions and logs. */
    public String summary() {
        var text = new StringBuilder("Import of " + dataset + " refused: " + errorCount + " error(s); nothing was written.");
        errors.forEach(e -> text.append('\n').append(e));
        if (errorCount > errors.size()) {
            text.append("\n... and ").append(errorCount - errors.size()).append(" more errors");
        }
        return text.toString();
    }
}
