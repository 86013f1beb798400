package org.chaingraph.imports;

import java.util.ArrayList;
import java.util.List;

/** Every problem found in a dataset, as {@code file:line: column: reason}; keeps the first {@code cap}. */
final class ImportErrors {

    private final int cap;
    private final List<String> kept = new ArrayList<>();
    private int total;

    ImportErrors(int cap) {
        this.cap = cap;
    }

    void add(String file, long line, String column, String reason) {
        total++;
        if (kept.size() < cap) {
            kept.add(file + ":" + line + ": " + column + ": " + reason);
        }
    }

    int total() {
        return total;
    }

    List<String> kept() {
        return List.copyOf(kept);
    }
}
