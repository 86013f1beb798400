package org.chaingraph.imports;

import java.io.PrintStream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar per file with its rate and ETA, for an import run on a terminal. */
public final class ConsoleProgress implements ImportProgress {

    private final PrintStream out;
    private ProgressBar bar;

    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    /** A bar on a terminal; plain lines when output goes to a file or a pipe. */
    public static ImportProgress forTerminalOr(PrintStream out) {
        return System.console() != null ? new ConsoleProgress(out) : ImportProgress.lines(out::println);
    }

    @Override
    public synchronized void begin(String step, String file, long total, String unit) {
        close();
        var builder = new ProgressBarBuilder()
                .setTaskName(step + " " + file)
                .setInitialMax(Math.max(1, total))
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .showSpeed()
                .continuousUpdate();
        if ("bytes".equals(unit)) {
            builder.setUnit(" MB", 1_000_000);
        } else {
            builder.setUnit(" rows", 1);
        }
        bar = builder.build();
    }

    @Override
    public synchronized void advanceTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public synchronized void end(String summary) {
        if (bar != null) {
            bar.stepTo(bar.getMax());
        }
        close();
        out.println(summary);
    }

    @Override
    public synchronized void message(String line) {
        close();
        out.println(line);
    }

    private void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
