package org.chaingraph.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium (installed by {@code scripts/install-browser.sh}, which CI runs), with a
 * fresh profile per use and no network chatter: this machine reaches nothing but loopback.
 * Tests that need it are skipped, saying so, where Chromium is absent.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path profile;

    private HeadlessChromium(Path profile) {
        this.profile = profile;
    }

    /** A browser with a fresh profile; skips the calling test when Chromium is not installed. */
    public static HeadlessChromium start() {
        Assumptions.assumeTrue(Files.isExecutable(EXECUTABLE),
                "headless Chromium not found at " + EXECUTABLE + ": run scripts/install-browser.sh (CI does) to run this test");
        try {
            return new HeadlessChromium(Files.createTempDirectory("chaingraph-chromium-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DOM of {@code url} once its scripts have run (up to {@code budgetMillis} of virtual time). */
    public String dumpDom(String url, int budgetMillis) {
        return run("--virtual-time-budget=" + budgetMillis, "--dump-dom", url);
    }

    /** Runs Chromium with extra arguments; its standard output. */
    public String run(String... arguments) {
        var command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile.resolve("user-data")));
        command.addAll(List.of(arguments));
        Path out = profile.resolve("stdout.txt");
        Path err = profile.resolve("stderr.txt");
        try {
            var process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                // Chromium forks renderers and helpers: stop them all, not just the launcher.
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + tail(err));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + process.exitValue() + ": " + tail(err));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while chromium ran", e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
