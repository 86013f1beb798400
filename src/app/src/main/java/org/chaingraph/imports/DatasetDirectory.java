package org.chaingraph.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What a dataset directory holds: the dataset files present, and the mistakes a listing shows
 * before any row is read — a file named in the wrong case, a dangling symbolic link, a file that is
 * not part of the format (ignored, but said).
 */
final class DatasetDirectory {

    /** The sub-directory holding rows to delete (same file names, key columns only). */
    static final String DELETES = "deletes";

    private DatasetDirectory() {
    }

    /** Checks the listing; returns the warnings (ignored files). Errors go to {@code errors}. */
    static List<String> inspect(Path directory, ImportErrors errors, boolean allowDeletes) {
        var warnings = new ArrayList<String>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                DatasetFile exact = DatasetFile.named(name);
                if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                    errors.add(name, 0, "-", "is a symbolic link to a missing file");
                } else if (exact != null) {
                    if (!Files.isRegularFile(entry)) {
                        errors.add(name, 0, "-", "is not a regular file");
                    }
                } else if (allowDeletes && name.equals(DELETES) && Files.isDirectory(entry)) {
                    warnings.addAll(inspect(entry, errors, false).stream().map(w -> DELETES + "/" + w).toList());
                } else if (DatasetFile.named(name.toLowerCase(Locale.ROOT)) != null) {
                    errors.add(name, 0, "-", "dataset file names are lower case: rename it to " + name.toLowerCase(Locale.ROOT));
                } else if (!name.startsWith(".")) {
                    warnings.add("ignored " + name + ": not a file of the dataset format");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return warnings;
    }

    /** The dataset files present in {@code directory}, in writing order. */
    static List<DatasetFile> present(Path directory) {
        return Stream.of(DatasetFile.values()).filter(f -> Files.isRegularFile(directory.resolve(f.file))).toList();
    }
}
