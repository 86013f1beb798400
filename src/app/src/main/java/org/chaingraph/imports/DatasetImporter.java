package org.chaingraph.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.chaingraph.gaps.CoverageCounts;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.Neo4jProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * Imports a dataset directory (docs/importing.md): stages a copy, checks every file of it
 * (nothing is written if any row is bad), then writes it in batches of their own transactions.
 * The {@link ImportJournal} makes the whole all-or-nothing across crashes: an import interrupted
 * while writing is completed by {@link #settleUnfinished} at the next start. One import runs at a time.
 */
@Component
public final class DatasetImporter {

    @ConfigurationProperties("chaingraph.import")
    public record Settings(@DefaultValue("5000") int batchSize, @DefaultValue("200") int maxErrors,
                           @DefaultValue("20000") int progressEvery) {
    }

    private final Graph graph;
    private final Settings settings;
    private final CoverageCounts coverage;
    private final ImportJournal journal;
    private final ReentrantLock running = new ReentrantLock();

    public DatasetImporter(Graph graph, Settings settings, Neo4jProperties neo4j, CoverageCounts coverage) {
        this.graph = graph;
        this.settings = settings;
        this.coverage = coverage;
        this.journal = new ImportJournal(neo4j.dataDir().resolve("imports"));
    }

    /** Progress as plain lines: {@code progressEvery} rows apart, or every few seconds. */
    public ImportReport importDirectory(Path directory, Consumer<String> progress) {
        return importDirectory(directory, ImportProgress.lines(progress, settings.progressEvery(), Duration.ofSeconds(3)));
    }

    public ImportReport importDirectory(Path directory, ImportProgress progress) {
        long started = System.currentTimeMillis();
        if (!running.tryLock()) {
            var errors = new ImportErrors(1);
            errors.add(directory.toString(), 0, "-", "another import is running in this server; try again when it has finished");
            return ImportReport.refused(directory, List.of(), errors, started);
        }
        try {
            var errors = new ImportErrors(settings.maxErrors());
            if (!Files.isDirectory(directory)) {
                errors.add(directory.toString(), 0, "-", "is not a directory");
                return ImportReport.refused(directory, List.of(), errors, started);
            }
            List<String> warnings = DatasetDirectory.inspect(directory, errors, true);
            if (errors.total() > 0) {
                return ImportReport.refused(directory, warnings, errors, started);
            }
            progress.message("Staging a copy of " + directory + " …");
            ImportJournal.Entry entry = journal.stage(directory);
            try {
                var result = validator().validate(entry.dataset(), progress);
                if (!result.ok()) {
                    journal.remove(entry);
                    return ImportReport.refused(directory, warnings, result.errors(), started);
                }
                entry = journal.applying(entry, result.rows(), result.deletes());
                Map<String, Integer> written = new DatasetWriter(graph, settings.batchSize())
                        .write(entry.dataset(), result.rows(), result.deletes(), progress);
                // Before the journal lets go of the import: a crash while counting writes it, and counts, again.
                coverage.rebuild(progress::message);
                journal.remove(entry);
                return new ImportReport(directory.toString(), true, written, warnings, List.of(), 0, System.currentTimeMillis() - started);
            } catch (RuntimeException e) {
                if (entry.state() == ImportJournal.State.STAGED) {
                    journal.remove(entry);
                }
                throw e;
            }
        } finally {
            running.unlock();
        }
    }

    /** Checks a dataset against the format and the store's keys, writing nothing. */
    public ImportReport check(Path directory, ImportProgress progress) {
        return check(directory, progress, storeKeys(), settings.maxErrors());
    }

    /** Checks a dataset against the format alone (no store): references must resolve inside it. */
    public static ImportReport checkWithoutStore(Path directory, ImportProgress progress, int maxErrors) {
        return check(directory, progress, DatasetValidator.StoreKeys.NONE, maxErrors);
    }

    private static ImportReport check(Path directory, ImportProgress progress, DatasetValidator.StoreKeys keys, int maxErrors) {
        long started = System.currentTimeMillis();
        var result = new DatasetValidator(keys, maxErrors).validate(directory, progress);
        if (!result.ok()) {
            return ImportReport.refused(directory, result.warnings(), result.errors(), started);
        }
        var rows = new LinkedHashMap<String, Integer>();
        result.rows().forEach((file, count) -> rows.put(file.file, count.intValue()));
        return new ImportReport(directory.toString(), true, rows, result.warnings(), List.of(), 0, System.currentTimeMillis() - started);
    }

    /**
     * Settles imports a crash interrupted: one that had started writing is written again in full
     * from its staged copy; one that had not is discarded. Returns what was done, one line each.
     */
    public List<String> settleUnfinished(ImportProgress progress) {
        running.lock();
        try {
            var done = new ArrayList<String>();
            for (ImportJournal.Entry entry : journal.unfinished()) {
                if (entry.state() == ImportJournal.State.APPLYING) {
                    progress.message("Completing the import of " + entry.source() + " that was interrupted while writing (" + entry.id() + ") …");
                    new DatasetWriter(graph, settings.batchSize()).write(entry.dataset(), entry.rows(), entry.deletes(), progress);
                    coverage.rebuild(progress::message);
                    done.add("completed the interrupted import of " + entry.source());
                } else {
                    done.add("discarded the unfinished check of " + entry.source() + " (nothing had been written)");
                }
                journal.remove(entry);
            }
            return done;
        } finally {
            running.unlock();
        }
    }

    /**
     * Counts segment coverage again when the counts do not describe the store's data: a store the
     * bulk importer wrote, or one an older version of ChainGraph wrote (gaps/CoverageCounts).
     */
    public void settleCoverage(ImportProgress progress) {
        running.lock();
        try {
            coverage.rebuildIfStale(progress::message);
        } finally {
            running.unlock();
        }
    }

    private DatasetValidator validator() {
        return new DatasetValidator(storeKeys(), settings.maxErrors());
    }

    private DatasetValidator.StoreKeys storeKeys() {
        return new DatasetValidator.StoreKeys() {
            @Override
            public Set<String> existing(Reference reference, Collection<String> keys) {
                return new HashSet<>(graph.read(reference.existingStatement, Map.of("keys", List.copyOf(keys)), r -> r.get("key").asString()));
            }

            @Override
            public Map<String, String> segmentChains(Collection<String> segmentIds) {
                var chains = new HashMap<String, String>();
                graph.read("imports/existing-segment-chains", Map.of("keys", List.copyOf(segmentIds)),
                        r -> chains.put(r.get("key").asString(), r.get("chain").asString()));
                return chains;
            }
        };
    }
}
