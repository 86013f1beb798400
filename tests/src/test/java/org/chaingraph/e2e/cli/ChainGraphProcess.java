package org.chaingraph.e2e.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.chaingraph.ChainGraphApplication;

/** {@code chaingraph} as a child JVM on the test classpath, its output collected line by line. */
final class ChainGraphProcess implements AutoCloseable {

    final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private ChainGraphProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    static ChainGraphProcess start(List<String> arguments) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ChainGraphApplication.class.getName()));
        command.addAll(arguments);
        return new ChainGraphProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    /** The first line {@code wanted} accepts, waiting at most {@code patience} while the process lives. */
    String awaitLine(Predicate<String> wanted, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            synchronized (output) {
                for (String line : output) {
                    if (wanted.test(line)) {
                        return line;
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the process never printed the awaited line:\n" + String.join("\n", output));
    }

    /** Every line so far (after the process ended, waits briefly for the last ones in the pipe). */
    List<String> output() throws InterruptedException {
        if (!process.isAlive()) {
            reader.join(10_000);
        }
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
