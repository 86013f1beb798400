package org.chaingraph.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh store directory per test JVM and context kind, so runs never see an old store. */
public final class EmbeddedStore {

    private EmbeddedStore() {
    }

    public static void register(DynamicPropertyRegistry registry, String name, String dataset) {
        registry.add("chaingraph.neo4j.data-dir", () -> tempDirectory(name).toString());
        registry.add("chaingraph.neo4j.page-cache", () -> "64m");
        registry.add("chaingraph.dataset", () -> dataset);
        // Functional tests read firms' figures without a key and fire requests back to back;
        // the security tests check the defaults (VIEWER, rate limits on).
        registry.add("chaingraph.security.anonymous-role", () -> "ANALYST");
        registry.add("chaingraph.limits.rate.enabled", () -> "false");
    }

    /** A new directory under the system's temporary one, deleted with everything in it when the test JVM ends. */
    public static Path tempDirectory(String name) {
        try {
            Path dir = Files.createTempDirectory("chaingraph-" + name + "-");
            // File.deleteOnExit removes empty directories only; a store is not empty.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the system cleans its temporary directory anyway.
        }
    }
}
