package org.chaingraph.e2e.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.chaingraph.e2e.EmbeddedStore;

/** Copies of {@code datasets/import-base} with one file changed, for testing how bad rows are refused. */
final class Datasets {

    static final Path BASE = Path.of("src/test/resources/datasets/import-base");

    private final Path directory;

    private Datasets(Path directory) {
        this.directory = directory;
    }

    static Datasets copyOfBase() {
        Path copy = EmbeddedStore.tempDirectory("dataset");
        try (Stream<Path> files = Files.list(BASE)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, copy.resolve(file.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Datasets(copy);
    }

    static Datasets empty() {
        return new Datasets(EmbeddedStore.tempDirectory("dataset"));
    }

    /** Replaces every occurrence of {@code from} in {@code file} (which must contain it). */
    Datasets replace(String file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " does not contain " + from);
        }
        return write(file, text.replace(from, to));
    }

    Datasets append(String file, String line) {
        return write(file, read(file) + line + "\n");
    }

    Datasets write(String file, String text) {
        try {
            Files.writeString(directory.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Datasets writeBytes(String file, byte[] bytes) {
        try {
            Files.write(directory.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Datasets delete(String file) {
        try {
            Files.delete(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return directory;
    }
}
