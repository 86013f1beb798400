package org.chaingraph.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.chaingraph.imports.DatasetReader.Row;
import org.chaingraph.neo4j.Graph;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Imports a dataset directory (DESIGN §3) in two phases: read and validate every file, resolving
 * references against the dataset and the store; then, only if nothing was wrong, write all rows
 * in batches inside one transaction, so an import either applies whole or not at all. Every
 * statement MERGEs on keys, so importing the same dataset twice leaves the graph unchanged.
 */
@Component
public final class DatasetImporter {

    @ConfigurationProperties("chaingraph.import")
    public record Settings(@DefaultValue("1000") int batchSize, @DefaultValue("200") int maxErrors,
                           @DefaultValue("20000") int progressEvery) {
    }

    private final Graph graph;
    private final Settings settings;

    public DatasetImporter(Graph graph, Settings settings) {
        this.graph = graph;
        this.settings = settings;
    }

    /**
     * @param progress receives a line per file written and, for large files, every
     *                 {@code progressEvery} rows
     */
    public ImportReport importDirectory(Path directory, Consumer<String> progress) {
        long started = System.currentTimeMillis();
        var errors = new ImportErrors(settings.maxErrors());
        if (!Files.isDirectory(directory)) {
            errors.add(directory.toString(), 0, "-", "is not a directory");
            return refused(directory, errors, started);
        }
        var files = new EnumMap<DatasetFile, DatasetReader.FileRows>(DatasetFile.class);
        var rows = new EnumMap<DatasetFile, List<Row>>(DatasetFile.class);
        for (DatasetFile file : DatasetFile.values()) {
            files.put(file, DatasetReader.read(directory, file, errors));
            rows.put(file, files.get(file).rows());
        }
        checkReferences(files, rows, errors);
        checkBidsAreNotByIssuers(rows, errors);
        if (errors.total() > 0) {
            return refused(directory, errors, started);
        }
        var written = new LinkedHashMap<String, Integer>();
        graph.inWriteTransaction(tx -> {
            for (DatasetFile file : DatasetFile.values()) {
                List<Row> fileRows = rows.get(file);
                if (fileRows.isEmpty()) {
                    continue;
                }
                write(tx, file, fileRows, progress);
                written.put(file.file, fileRows.size());
            }
            return null;
        });
        return new ImportReport(directory.toString(), true, written, List.of(), 0, System.currentTimeMillis() - started);
    }

    private void write(Graph.Tx tx, DatasetFile file, List<Row> rows, Consumer<String> progress) {
        long started = System.currentTimeMillis();
        int batch = settings.batchSize();
        for (int from = 0; from < rows.size(); from += batch) {
            var values = new ArrayList<Map<String, Object>>(Math.min(batch, rows.size() - from));
            for (Row row : rows.subList(from, Math.min(rows.size(), from + batch))) {
                values.add(parameters(file, row));
            }
            tx.run(file.statement(), Map.of("rows", values));
            int done = Math.min(rows.size(), from + batch);
            if (done < rows.size() && done / settings.progressEvery() != (done - values.size()) / settings.progressEvery()) {
                progress.accept(String.format("  %s: %d / %d rows", file.file, done, rows.size()));
            }
        }
        progress.accept(String.format("  %s: %d rows written in %d ms", file.file, rows.size(), System.currentTimeMillis() - started));
    }

    /** Statement parameters for a row; targets get an id derived from their key. */
    private static Map<String, Object> parameters(DatasetFile file, Row row) {
        if (file != DatasetFile.TARGETS) {
            return row.values();
        }
        var values = new HashMap<>(row.values());
        values.put("id", String.join(":", String.valueOf(values.get("region_code")), String.valueOf(values.get("designation")),
                String.valueOf(values.get("year")), values.get("level") == null ? "ANY" : values.get("level").toString(),
                String.valueOf(values.get("basis"))));
        return values;
    }

    /**
     * Every reference must name a key defined in the dataset or already in the store. Keys of rows
     * refused for another reason count as defined, and references into an unreadable file are not
     * checked: the report names each root cause once.
     */
    private void checkReferences(Map<DatasetFile, DatasetReader.FileRows> files, Map<DatasetFile, List<Row>> rows,
                                 ImportErrors errors) {
        var defined = new EnumMap<Reference, DatasetReader.FileRows>(Reference.class);
        for (Reference reference : Reference.values()) {
            defined.put(reference, files.get(definingFile(reference)));
        }
        var missing = new EnumMap<Reference, Set<Object>>(Reference.class);
        forEachReference(rows, (file, row, column, key) -> {
            var target = defined.get(column.reference());
            if (target.readable() && !target.attemptedKeys().contains(key.toString())) {
                missing.computeIfAbsent(column.reference(), r -> new HashSet<>()).add(key);
            }
        });
        missing.forEach((reference, keys) -> keys.removeAll(existing(reference, keys)));
        forEachReference(rows, (file, row, column, key) -> {
            if (missing.getOrDefault(column.reference(), Set.of()).contains(key)) {
                errors.add(file.file, row.line(), column.name(), "unknown " + column.reference().describe() + " '" + key
                        + "' (not in " + column.reference().file + " nor in the store)");
            }
        });
    }

    private Set<Object> existing(Reference reference, Collection<Object> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(graph.read(reference.existingStatement, Map.of("keys", List.copyOf(keys)), r -> r.get("key").asObject()));
    }

    private static void checkBidsAreNotByIssuers(Map<DatasetFile, List<Row>> rows, ImportErrors errors) {
        var issuers = new HashMap<Object, Object>();
        rows.get(DatasetFile.CHALLENGES).forEach(row -> issuers.put(row.values().get("id"), row.values().get("issuer_uscc")));
        for (Row bid : rows.get(DatasetFile.BIDS)) {
            Object issuer = issuers.get(bid.values().get("challenge_id"));
            if (issuer != null && issuer.equals(bid.values().get("uscc"))) {
                errors.add(DatasetFile.BIDS.file, bid.line(), "uscc", "the issuer of challenge '" + bid.values().get("challenge_id") + "' cannot bid on it");
            }
        }
    }

    private static DatasetFile definingFile(Reference reference) {
        for (DatasetFile file : DatasetFile.values()) {
            if (file.file.equals(reference.file)) {
                return file;
            }
        }
        throw new IllegalStateException("No dataset file defines " + reference);
    }

    private interface ReferenceVisitor {
        void visit(DatasetFile file, Row row, Column column, Object key);
    }

    private static void forEachReference(Map<DatasetFile, List<Row>> rows, ReferenceVisitor visitor) {
        for (DatasetFile file : DatasetFile.values()) {
            for (Column column : file.columns) {
                if (column.reference() == null) {
                    continue;
                }
                for (Row row : rows.get(file)) {
                    Object value = row.values().get(column.name());
                    if (value instanceof List<?> list) {
                        list.forEach(key -> visitor.visit(file, row, column, key));
                    } else if (value != null) {
                        visitor.visit(file, row, column, value);
                    }
                }
            }
        }
    }

    private ImportReport refused(Path directory, ImportErrors errors, long started) {
        return new ImportReport(directory.toString(), false, Map.of(), errors.kept(), errors.total(), System.currentTimeMillis() - started);
    }
}
