package org.chaingraph.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Makes an import all-or-nothing although it commits in many transactions. Each import first
 * copies its dataset under {@code <data-dir>/imports/<id>/} (so what is checked is what is written,
 * even if the user edits the files meanwhile) and records its state there, durably:
 * <ul>
 *   <li>{@code STAGED}: checked or being checked; nothing written. A crash here leaves the store
 *       as it was; the next start removes the copy.</li>
 *   <li>{@code APPLYING}: writing. A crash here is settled by the next start writing the staged
 *       copy again from the start (every statement MERGEs on keys, so this converges on the fully
 *       imported graph).</li>
 * </ul>
 * Once written, the copy is removed.
 */
final class ImportJournal {

    enum State { STAGED, APPLYING }

    /** One staged import: its folder, the dataset copy, and its recorded state. */
    record Entry(String id, Path folder, String source, State state, Map<DatasetFile, Long> rows, Map<DatasetFile, Long> deletes) {
        Path dataset() {
            return folder.resolve("dataset");
        }
    }

    private final Path root;

    ImportJournal(Path root) {
        this.root = root;
    }

    /** Copies the dataset files (and deletes/) of {@code source} into a new staged entry. */
    Entry stage(Path source) {
        String id = Instant.now().toString().replace(":", "").replace(".", "-") + "-" + ProcessHandle.current().pid();
        Path folder = root.resolve(id);
        try {
            Files.createDirectories(folder.resolve("dataset"));
            var entry = new Entry(id, folder, source.toAbsolutePath().toString(), State.STAGED, Map.of(), Map.of());
            record(entry);
            copyDatasetFiles(source, entry.dataset());
            Path deletes = source.resolve(DatasetDirectory.DELETES);
            if (Files.isDirectory(deletes)) {
                Files.createDirectories(entry.dataset().resolve(DatasetDirectory.DELETES));
                copyDatasetFiles(deletes, entry.dataset().resolve(DatasetDirectory.DELETES));
            }
            return entry;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the dataset under " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void copyDatasetFiles(Path from, Path to) throws IOException {
        for (DatasetFile file : DatasetFile.values()) {
            Path path = from.resolve(file.file);
            if (Files.isRegularFile(path)) {
                Files.copy(path, to.resolve(file.file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Records, durably, that writing starts: from now on a crash is settled by writing again. */
    Entry applying(Entry entry, Map<DatasetFile, Long> rows, Map<DatasetFile, Long> deletes) {
        var applying = new Entry(entry.id(), entry.folder(), entry.source(), State.APPLYING, rows, deletes);
        record(applying);
        return applying;
    }

    void remove(Entry entry) {
        Folders.delete(entry.folder());
    }

    /** Entries left by imports that did not finish (a crash, kill -9, power loss), oldest first. */
    List<Entry> unfinished() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        var entries = new ArrayList<Entry>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                Path state = folder.resolve("state");
                if (Files.isRegularFile(state)) {
                    entries.add(read(folder, state));
                } else if (Files.isDirectory(folder)) {
                    // Crashed before its state was recorded: nothing was written.
                    entries.add(new Entry(folder.getFileName().toString(), folder, "?", State.STAGED, Map.of(), Map.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Entry read(Path folder, Path state) throws IOException {
        var properties = new Properties();
        try (var in = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        var rows = new TreeMap<DatasetFile, Long>();
        var deletes = new TreeMap<DatasetFile, Long>();
        for (DatasetFile file : DatasetFile.values()) {
            String count = properties.getProperty("rows." + file.file);
            if (count != null) {
                rows.put(file, Long.parseLong(count));
            }
            String deleted = properties.getProperty("deletes." + file.file);
            if (deleted != null) {
                deletes.put(file, Long.parseLong(deleted));
            }
        }
        return new Entry(folder.getFileName().toString(), folder, properties.getProperty("source", "?"),
                State.valueOf(properties.getProperty("state", "STAGED")), rows, deletes);
    }

    /** Writes the state file by an atomic rename, with fsyncs, so a power loss leaves the old or the new state. */
    private static void record(Entry entry) {
        var properties = new Properties();
        properties.setProperty("state", entry.state().name());
        properties.setProperty("source", entry.source());
        entry.rows().forEach((file, count) -> properties.setProperty("rows." + file.file, Long.toString(count)));
        entry.deletes().forEach((file, count) -> properties.setProperty("deletes." + file.file, Long.toString(count)));
        Path temporary = entry.folder().resolve("state.tmp");
        try {
            try (var out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "ChainGraph import journal; see docs/importing.md");
            }
            force(temporary);
            Files.move(temporary, entry.folder().resolve("state"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            force(entry.folder());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the import state in " + entry.folder() + ": " + e.getMessage(), e);
        }
    }

    private static void force(Path path) {
        try (var channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a directory; the rename is still atomic.
        }
    }
}
