package org.chaingraph.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.chaingraph.neo4j.Graph;

/**
 * The second pass of an import: streams the validated files again and writes them in batches, each
 * batch in its own transaction (so a transaction's state stays small whatever the dataset's
 * size), files in dependency order. Reading and parsing the next batch overlaps with writing the
 * previous one. Every statement MERGEs on keys, so writing the same files again — as the journal
 * does after a crash — converges on the same graph.
 */
final class DatasetWriter {

    private static final int IN_FLIGHT = 2;

    private final Graph graph;
    private final int batchSize;

    DatasetWriter(Graph graph, int batchSize) {
        this.graph = graph;
        this.batchSize = batchSize;
    }

    /**
     * Writes every dataset file in {@code directory}, then deletes the keys under its deletes/
     * (relationships before the nodes they hang off); rows per file written or deleted.
     */
    Map<String, Integer> write(Path directory, Map<DatasetFile, Long> expected, Map<DatasetFile, Long> deletes, ImportProgress progress) {
        var written = new LinkedHashMap<String, Integer>();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            var thread = new Thread(r, "chaingraph-import-writer");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (DatasetFile file : DatasetFile.values()) {
                Path path = directory.resolve(file.file);
                if (!Files.isRegularFile(path)) {
                    continue;
                }
                long total = expected.getOrDefault(file, 0L);
                if (total == 0) {
                    continue;
                }
                written.put(file.file, writeFile(executor, file, false, path, total, progress));
            }
            var reversed = new java.util.ArrayList<>(List.of(DatasetFile.values()));
            java.util.Collections.reverse(reversed);
            for (DatasetFile file : reversed) {
                Path path = directory.resolve(DatasetDirectory.DELETES).resolve(file.file);
                long total = deletes.getOrDefault(file, 0L);
                if (total > 0 && Files.isRegularFile(path)) {
                    written.put(DatasetDirectory.DELETES + "/" + file.file, writeFile(executor, file, true, path, total, progress));
                }
            }
        } finally {
            executor.shutdownNow();
        }
        return written;
    }

    private int writeFile(ExecutorService executor, DatasetFile file, boolean delete, Path path, long total, ImportProgress progress) {
        String name = delete ? DatasetDirectory.DELETES + "/" + file.file : file.file;
        String statement = delete ? file.deleteStatement() : file.statement();
        long started = System.nanoTime();
        var inFlight = new Semaphore(IN_FLIGHT);
        var failure = new AtomicReference<RuntimeException>();
        var done = new AtomicLong();
        var errors = new ImportErrors(10);
        var batch = new ArrayList<Map<String, Object>>(batchSize);
        progress.begin(delete ? "deleting" : "writing", name, total, "rows");
        DatasetReader.read(path, file, delete, errors, row -> {
            batch.add(parameters(file, row.values()));
            if (batch.size() == batchSize) {
                submit(executor, statement, List.copyOf(batch), inFlight, failure, done, progress);
                batch.clear();
            }
        }, bytes -> { });
        if (!batch.isEmpty()) {
            submit(executor, statement, List.copyOf(batch), inFlight, failure, done, progress);
        }
        inFlight.acquireUninterruptibly(IN_FLIGHT);
        inFlight.release(IN_FLIGHT);
        if (failure.get() != null) {
            throw failure.get();
        }
        if (errors.total() > 0) {
            // The staged copy changed after it was checked: nothing a user did, so stop loudly.
            throw new IllegalStateException(name + " no longer passes the checks it passed: " + errors.kept());
        }
        progress.end(String.format("  %s: %d rows %s in %d ms", name, done.get(), delete ? "deleted" : "written",
                (System.nanoTime() - started) / 1_000_000));
        return (int) done.get();
    }

    private void submit(ExecutorService executor, String statement, List<Map<String, Object>> rows, Semaphore inFlight,
                        AtomicReference<RuntimeException> failure, AtomicLong done, ImportProgress progress) {
        inFlight.acquireUninterruptibly();
        if (failure.get() != null) {
            inFlight.release();
            throw failure.get();
        }
        executor.execute(() -> {
            try {
                graph.write(statement, Map.of("rows", rows), r -> r);
                progress.advanceTo(done.addAndGet(rows.size()));
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        });
    }

    /** Statement parameters for a row; targets get an id derived from their key. */
    private static Map<String, Object> parameters(DatasetFile file, Map<String, Object> values) {
        if (file != DatasetFile.TARGETS) {
            return values;
        }
        var withId = new HashMap<>(values);
        withId.put("id", DatasetFile.targetId(values));
        return withId;
    }
}
