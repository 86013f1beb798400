package org.chaingraph.imports;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an import (or a check) did: the rows per file, files it ignored, or — when any row was bad —
 * every error found (the first ones, and how many in all), in which case nothing was written.
 */
public record ImportReport(String dataset, boolean ok, Map<String, Integer> rowsPerFile, List<String> warnings,
                           List<String> errors, int errorCount, long millis) {

    static ImportReport refused(Path directory, List<String> warnings, ImportErrors errors, long started) {
        return new ImportReport(directory.toString(), false, Map.of(), List.copyOf(warnings), errors.kept(), errors.total(),
                System.currentTimeMillis() - started);
    }

    public int totalRows() {
        return rowsPerFile.values().stream().mapToInt(Integer::intValue).sum();
    }

    public void print(PrintStream out, PrintStream err) {
        print(out, err, "Imported");
    }

    /** @param verb "Imported", or "Checked" for a check that writes nothing */
    public void print(PrintStream out, PrintStream err, String verb) {
        warnings.forEach(w -> err.println("warning: " + w));
        if (ok) {
            double seconds = millis / 1000.0;
            out.printf("%s %s: %d rows from %d files in %.1f s (%,.0f rows/s)%n", verb, dataset, totalRows(), rowsPerFile.size(),
                    seconds, seconds > 0 ? totalRows() / seconds : 0.0);
            rowsPerFile.forEach((file, rows) -> out.printf("  %-20s %8d%n", file, rows));
            return;
        }
        errors.forEach(err::println);
        if (errorCount > errors.size()) {
            err.printf("... and %d more errors (%d in all)%n", errorCount - errors.size(), errorCount);
        }
        err.printf("%s of %s refused: %d error%s; nothing was written.%n", "Checked".equals(verb) ? "Check" : "Import", dataset,
                errorCount, errorCount == 1 ? "" : "s");
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
