package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.cli.Cli.chaingraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.generate.DatasetGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code chaingraph import} killed with SIGKILL (as by kill -9 or a power loss) never leaves a
 * half-written store: killed while writing, the next start completes the import; killed while
 * checking, nothing was written. While an import holds the store, a second one says so in one line.
 */
class ImportCrashTest {

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private ChainGraphProcess process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }

    @Test
    void killedWhileWritingTheNextStartCompletesTheImport() throws Exception {
        // Large and slow enough (small batches) that the import is still writing when the second one tries.
        Path dataset = generated(5_000);
        Path store = EmbeddedStore.tempDirectory("crash-store");

        process = importProcess(dataset, store, 40, "--transactional");
        awaitLine(line -> line.contains("enterprises.csv:") && line.contains("rows ("));
        Cli.Run second = chaingraph("import", dataset.toString(), "--data-dir", store.toString());
        process.close();

        assertThat(second.exitCode()).as(second.err()).isEqualTo(3);
        assertThat(second.err().strip()).startsWith("chaingraph import: the store in ").contains("is in use by another process")
                .doesNotContain("\tat ");
        assertThat(journalStates(store)).containsExactly("state=APPLYING");

        List<String> settled = Stores.contentsOf(store);

        assertThat(journalStates(store)).isEmpty();
        Path clean = EmbeddedStore.tempDirectory("clean-store");
        assertThat(chaingraph("import", dataset.toString(), "--data-dir", clean.toString(), "--transactional").exitCode()).isZero();
        assertThat(settled).isEqualTo(Stores.contentsOf(clean));
    }

    @Test
    void killedDuringABulkLoadThereIsNoStoreAndTheNextImportStartsClean() throws Exception {
        Path dataset = generated();
        Path store = EmbeddedStore.tempDirectory("crash-store");

        process = importProcess(dataset, store, 500);
        awaitLine(line -> line.startsWith("(2/4) Relationship import"));
        process.close();

        assertThat(store.resolve("neo4j")).as("no store until the final rename").doesNotExist();
        Cli.Run again = chaingraph("import", dataset.toString(), "--data-dir", store.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(store.resolve("neo4j.loading")).doesNotExist();
        assertThat(journalStates(store)).isEmpty();
        assertThat(Stores.contentsOf(store)).anySatisfy(line -> assertThat(line).startsWith("[Enterprise]"));
    }

    @Test
    void killedWhileCheckingNothingWasWritten() throws Exception {
        Path dataset = generated();
        // A bad row at the very end: the check reads the whole largest file before failing.
        Files.writeString(dataset.resolve("operations.csv"), "bad\n", java.nio.file.StandardOpenOption.APPEND);
        Path store = EmbeddedStore.tempDirectory("crash-store");

        process = importProcess(dataset, store, 500);
        awaitLine(line -> line.startsWith("Staging a copy of"));
        process.close();

        assertThat(Stores.contentsOf(store)).isEmpty();
        assertThat(journalStates(store)).isEmpty();
    }

    private static Path generated() {
        return generated(6_000);
    }

    private static Path generated(int enterprises) {
        Path out = EmbeddedStore.tempDirectory("crash-dataset");
        new DatasetGenerator(new DatasetGenerator.Spec(enterprises, 3, 2)).writeTo(out, line -> { });
        return out;
    }

    private static List<String> journalStates(Path store) throws IOException {
        Path imports = store.resolve("imports");
        if (!Files.isDirectory(imports)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(imports)) {
            var states = new ArrayList<String>();
            for (Path entry : entries.toList()) {
                Path state = entry.resolve("state");
                states.add(Files.isRegularFile(state)
                        ? Files.readAllLines(state).stream().filter(l -> l.startsWith("state=")).findFirst().orElse("?")
                        : "no state");
            }
            return states;
        }
    }

    private ChainGraphProcess importProcess(Path dataset, Path store, int batchSize, String... options) throws IOException {
        var arguments = new ArrayList<>(List.of("import", dataset.toString(), "--data-dir", store.toString(),
                "--chaingraph.neo4j.page-cache=64m", "--chaingraph.import.batch-size=" + batchSize));
        arguments.addAll(List.of(options));
        return ChainGraphProcess.start(arguments);
    }

    private void awaitLine(Predicate<String> wanted) throws InterruptedException {
        process.awaitLine(wanted, PATIENCE);
    }
}
