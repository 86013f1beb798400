package org.chaingraph.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Says every {@code period} that a long step is still running (the seconds so far), until closed:
 * starting the JVM, Neo4j and the application takes 10–25 s on a small machine, and a command
 * line that prints nothing for that long looks hung.
 */
final class Heartbeat implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private Heartbeat(Duration period, LongConsumer secondsSoFar) {
        long started = System.nanoTime();
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "chaingraph-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long millis = period.toMillis();
        timer.scheduleAtFixedRate(() -> secondsSoFar.accept(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)),
                millis, millis, TimeUnit.MILLISECONDS);
    }

    static Heartbeat every(Duration period, LongConsumer secondsSoFar) {
        return new Heartbeat(period, secondsSoFar);
    }

    /** Stops the beats; none is told after this returns. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
