package org.chaingraph.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.chaingraph.imports.DatasetReader.Row;

/**
 * The first pass of an import: reads every file of a dataset once, as a stream, and reports every
 * problem before anything is written. Memory is bounded by the keys other files may refer to (a
 * set of USCCs, ids and codes) and each file's duplicate-key set, never by the rows themselves.
 */
final class DatasetValidator {

    /** Keys that already exist in the store (references may point at earlier imports). */
    interface StoreKeys {
        StoreKeys NONE = new StoreKeys() {
            @Override
            public Set<String> existing(Reference reference, Collection<String> keys) {
                return Set.of();
            }

            @Override
            public Map<String, String> segmentChains(Collection<String> segmentIds) {
                return Map.of();
            }
        };

        Set<String> existing(Reference reference, Collection<String> keys);

        /** segment id → chain id for those of {@code segmentIds} in the store. */
        Map<String, String> segmentChains(Collection<String> segmentIds);
    }

    /** What the pass found: valid rows per file (what the write pass will write), warnings, errors. */
    record Result(Map<DatasetFile, Long> rows, Map<DatasetFile, Long> deletes, List<String> warnings, ImportErrors errors) {
        public boolean ok() {
            return errors.total() == 0;
        }
    }

    private record Occurrence(DatasetFile file, long line, String column, String key) {
    }

    private final StoreKeys store;
    private final int maxErrors;

    DatasetValidator(StoreKeys store, int maxErrors) {
        this.store = store;
        this.maxErrors = maxErrors;
    }

    /** Told each row that passed its own checks (references are checked at the end of the pass). */
    interface RowSink {
        RowSink NONE = (file, values) -> { };

        void accept(DatasetFile file, Map<String, Object> values);
    }

    Result validate(Path directory, ImportProgress progress) {
        return validate(directory, progress, RowSink.NONE);
    }

    /** Checks, handing each accepted row to {@code sink} as it goes (its output is only usable if the result is ok). */
    Result validate(Path directory, ImportProgress progress, RowSink sink) {
        var errors = new ImportErrors(maxErrors);
        if (!Files.isDirectory(directory)) {
            errors.add(directory.toString(), 0, "-", "is not a directory");
            return new Result(Map.of(), Map.of(), List.of(), errors);
        }
        var warnings = DatasetDirectory.inspect(directory, errors, true);
        var pass = new Pass(errors, sink);
        for (DatasetFile file : DatasetFile.values()) {
            Path path = directory.resolve(file.file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            pass.read(file, path, progress);
        }
        pass.resolveAgainstStore();
        var deletes = checkDeletes(directory.resolve(DatasetDirectory.DELETES), errors, progress);
        return new Result(pass.rows, deletes, warnings, errors);
    }

    /** The key files under deletes/: key columns only, parsed and de-duplicated like any row. */
    private static Map<DatasetFile, Long> checkDeletes(Path deletes, ImportErrors errors, ImportProgress progress) {
        var counts = new EnumMap<DatasetFile, Long>(DatasetFile.class);
        if (!Files.isDirectory(deletes)) {
            return counts;
        }
        for (DatasetFile file : DatasetFile.values()) {
            Path path = deletes.resolve(file.file);
            if (!Files.isRegularFile(path)) {
                continue;
            }
            String name = DatasetDirectory.DELETES + "/" + file.file;
            if (!file.deletable()) {
                errors.add(name, 0, "-", "rows of " + file.file + " cannot be deleted (firms and analytics depend on them)");
                continue;
            }
            var keys = new HashMap<String, Long>();
            long[] count = {0};
            progress.begin("checking", name, size(path), "bytes");
            DatasetReader.read(path, file, true, errors, row -> {
                Long first = keys.putIfAbsent(file.keyOf(row.values()), row.line());
                if (first != null) {
                    errors.add(name, row.line(), String.join("+", file.key), "duplicate key (first at line " + first + ")");
                } else {
                    count[0]++;
                }
            }, progress::advanceTo);
            progress.end(String.format("  checked %s: %,d keys to delete", name, count[0]));
            counts.put(file, count[0]);
        }
        return counts;
    }

    private final class Pass {
        private final ImportErrors errors;
        private final Map<DatasetFile, Long> rows = new EnumMap<>(DatasetFile.class);
        private final Map<Reference, Set<String>> defined = new EnumMap<>(Reference.class);
        private final Set<Reference> unreadable = new HashSet<>();
        private final Map<Reference, Map<String, List<Occurrence>>> unresolved = new EnumMap<>(Reference.class);
        private final List<Occurrence> sameFile = new ArrayList<>();
        // Small files whose rows later checks need: region parents, segment parents and chains, challenge issuers.
        private final Map<String, String> regionParent = new LinkedHashMap<>();
        private final Map<String, Long> regionLine = new HashMap<>();
        private final Map<String, String> segmentParent = new LinkedHashMap<>();
        private final Map<String, String> segmentChain = new HashMap<>();
        private final Map<String, Long> segmentLine = new HashMap<>();
        private final Map<String, String> challengeIssuer = new HashMap<>();

        private final RowSink sink;

        Pass(ImportErrors errors, RowSink sink) {
            this.errors = errors;
            this.sink = sink;
            for (Reference reference : Reference.values()) {
                defined.put(reference, new HashSet<>());
            }
        }

        void read(DatasetFile file, Path path, ImportProgress progress) {
            var keys = new HashMap<String, Long>();
            long[] count = {0};
            Reference defines = file.defines();
            long size = size(path);
            progress.begin("checking", file.file, size, "bytes");
            boolean readable = DatasetReader.read(path, file, errors, new DatasetReader.RowHandler() {
                @Override
                public void row(Row row) {
                    Long first = keys.putIfAbsent(file.keyOf(row.values()), row.line());
                    if (first != null) {
                        errors.add(file.file, row.line(), String.join("+", file.key), "duplicate key "
                                + file.key.stream().map(k -> Objects.toString(row.values().get(k), "")).toList()
                                + " (first at line " + first + ")");
                        return;
                    }
                    count[0]++;
                    checkReferences(file, row);
                    remember(file, row);
                    sink.accept(file, row.values());
                }

                @Override
                public void attemptedKey(String key) {
                    if (defines != null) {
                        defined.get(defines).add(key);
                    }
                }
            }, progress::advanceTo);
            if (!readable && defines != null) {
                unreadable.add(defines);
            }
            rows.put(file, count[0]);
            progress.end(String.format("  checked %s: %,d rows", file.file, count[0]));
            if (file == DatasetFile.REGIONS) {
                resolveSameFile();
                checkCycles(DatasetFile.REGIONS, "parent_code", regionParent, regionLine, "regions");
            } else if (file == DatasetFile.SEGMENTS) {
                resolveSameFile();
                checkSegmentParents();
            }
        }

        private void checkReferences(DatasetFile file, Row row) {
            for (Column column : file.columns) {
                if (column.reference() == null) {
                    continue;
                }
                Object value = row.values().get(column.name());
                if (value instanceof List<?> list) {
                    list.forEach(key -> reference(file, row.line(), column, key.toString()));
                } else if (value != null) {
                    reference(file, row.line(), column, value.toString());
                }
            }
        }

        private void reference(DatasetFile file, long line, Column column, String key) {
            Reference target = column.reference();
            var occurrence = new Occurrence(file, line, column.name(), key);
            if (DatasetFile.defining(target) == file) {
                sameFile.add(occurrence);   // the key may be defined further down the same file
            } else if (!unreadable.contains(target) && !defined.get(target).contains(key)) {
                unresolved(target, occurrence);
            }
        }

        private void unresolved(Reference target, Occurrence occurrence) {
            unresolved.computeIfAbsent(target, r -> new LinkedHashMap<>())
                    .computeIfAbsent(occurrence.key(), k -> new ArrayList<>(1)).add(occurrence);
        }

        private void resolveSameFile() {
            for (Occurrence occurrence : sameFile) {
                Reference target = occurrence.file().defines();
                if (!unreadable.contains(target) && !defined.get(target).contains(occurrence.key())) {
                    unresolved(target, occurrence);
                }
            }
            sameFile.clear();
        }

        private void remember(DatasetFile file, Row row) {
            var values = row.values();
            switch (file) {
                case REGIONS -> {
                    regionLine.put((String) values.get("code"), row.line());
                    if (values.get("parent_code") != null) {
                        regionParent.put((String) values.get("code"), (String) values.get("parent_code"));
                    }
                }
                case SEGMENTS -> {
                    String id = (String) values.get("id");
                    segmentLine.put(id, row.line());
                    segmentChain.put(id, (String) values.get("chain_id"));
                    if (values.get("parent_id") != null) {
                        segmentParent.put(id, (String) values.get("parent_id"));
                    }
                }
                case CHALLENGES -> challengeIssuer.put((String) values.get("id"), (String) values.get("issuer_uscc"));
                case BIDS -> {
                    String issuer = challengeIssuer.get((String) values.get("challenge_id"));
                    if (issuer != null && issuer.equals(values.get("uscc"))) {
                        errors.add(file.file, row.line(), "uscc", "the issuer of challenge '" + values.get("challenge_id") + "' cannot bid on it");
                    }
                }
                default -> { }
            }
        }

        /** A PART_OF chain that comes back to where it started is refused, once per cycle. */
        private void checkCycles(DatasetFile file, String column, Map<String, String> parent, Map<String, Long> lines, String what) {
            var reported = new HashSet<String>();
            for (String start : parent.keySet()) {
                var path = new LinkedHashSet<String>();
                String at = start;
                while (at != null && path.add(at)) {
                    at = parent.get(at);
                }
                if (at != null && at.equals(start) && reported.add(start)) {
                    reported.addAll(path);
                    var cycle = new ArrayList<>(path);
                    cycle.add(start);
                    errors.add(file.file, lines.get(start), column, "PART_OF cycle between " + what + ": " + String.join(" → ", cycle));
                }
            }
        }

        private void checkSegmentParents() {
            checkCycles(DatasetFile.SEGMENTS, "parent_id", segmentParent, segmentLine, "segments");
            var inStore = new ArrayList<String>();
            segmentParent.values().stream().filter(p -> !segmentChain.containsKey(p)).distinct().forEach(inStore::add);
            Map<String, String> storeChains = inStore.isEmpty() ? Map.of() : store.segmentChains(inStore);
            segmentParent.forEach((id, parentId) -> {
                String parentChain = segmentChain.containsKey(parentId) ? segmentChain.get(parentId) : storeChains.get(parentId);
                String chain = segmentChain.get(id);
                if (parentChain != null && !parentChain.equals(chain)) {
                    errors.add(DatasetFile.SEGMENTS.file, segmentLine.get(id), "parent_id", "parent segment '" + parentId
                            + "' belongs to chain '" + parentChain + "', not to '" + chain + "'");
                }
            });
        }

        /** References defined neither in the dataset nor in the store are errors, in file and line order. */
        void resolveAgainstStore() {
            var dangling = new ArrayList<Occurrence>();
            unresolved.forEach((reference, byKey) -> {
                var keys = new ArrayList<>(byKey.keySet());
                var existing = new HashSet<String>();
                for (int from = 0; from < keys.size(); from += 10_000) {
                    existing.addAll(store.existing(reference, keys.subList(from, Math.min(keys.size(), from + 10_000))));
                }
                byKey.forEach((key, occurrences) -> {
                    if (!existing.contains(key)) {
                        dangling.addAll(occurrences);
                    }
                });
            });
            dangling.sort(Comparator.comparing((Occurrence o) -> o.file().ordinal()).thenComparingLong(Occurrence::line));
            for (Occurrence o : dangling) {
                Column column = o.file().columns.stream().filter(c -> c.name().equals(o.column())).findFirst().orElseThrow();
                errors.add(o.file().file, o.line(), o.column(), "unknown " + column.reference().describe() + " '" + o.key()
                        + "' (not in " + column.reference().file + " nor in the store)");
            }
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
