package org.chaingraph.imports;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * What a long import tells its user as it goes: a step per file (checking by bytes read, writing by
 * rows), the amount done, and lines in between. {@link #lines} prints plain lines (logs, pipes);
 * {@link ConsoleProgress} draws a bar per file on a terminal.
 */
public interface ImportProgress {

    /** A file's step starts: {@code total} is in {@code unit}s ("rows" or "bytes"). */
    void begin(String step, String file, long total, String unit);

    /** Done so far in the current step, in its unit; called often, so cheap. */
    void advanceTo(long done);

    /** The current step is over; {@code summary} is printed as one line. */
    void end(String summary);

    void message(String line);

    /** Plain lines: one every {@code every} units (rows) or {@code interval}, whichever comes first. */
    static ImportProgress lines(Consumer<String> out, long every, Duration interval) {
        return new Lines(out, every, interval.toNanos());
    }

    static ImportProgress lines(Consumer<String> out) {
        return lines(out, 20_000, Duration.ofSeconds(3));
    }

    final class Lines implements ImportProgress {
        private final Consumer<String> out;
        private final long every;
        private final long intervalNanos;
        private String step;
        private String file;
        private String unit;
        private long total;
        private long started;
        private long lastPrintedAt;
        private long lastPrintedDone;

        private Lines(Consumer<String> out, long every, long intervalNanos) {
            this.out = out;
            this.every = every;
            this.intervalNanos = intervalNanos;
        }

        @Override
        public synchronized void begin(String step, String file, long total, String unit) {
            this.step = step;
            this.file = file;
            this.total = total;
            this.unit = unit;
            this.started = System.nanoTime();
            this.lastPrintedAt = started;
            this.lastPrintedDone = 0;
        }

        @Override
        public synchronized void advanceTo(long done) {
            if (file == null || done >= total) {
                return;
            }
            long now = System.nanoTime();
            boolean crossed = "rows".equals(unit) && done / every != lastPrintedDone / every;
            if (crossed || now - lastPrintedAt >= intervalNanos) {
                lastPrintedAt = now;
                lastPrintedDone = done;
                out.accept(line(done, now));
            }
        }

        private String line(long done, long now) {
            double seconds = Math.max(1e-3, (now - started) / 1e9);
            double rate = done / seconds;
            long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
            if ("bytes".equals(unit)) {
                return String.format("  %s %s: %d%% (%.1f of %.1f MB, %.1f MB/s, ETA %d s)", step, file,
                        total == 0 ? 100 : done * 100 / total, done / 1e6, total / 1e6, rate / 1e6, eta);
            }
            return String.format("  %s: %d / %d rows (%,.0f rows/s, ETA %d s)", file, done, total, rate, eta);
        }

        @Override
        public synchronized void end(String summary) {
            file = null;
            out.accept(summary);
        }

        @Override
        public void message(String line) {
            out.accept(line);
        }
    }
}
