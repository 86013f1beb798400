package org.chaingraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark's table: per number of clients, each question's figures for every side, with ratios. */
final class BenchReport {

    record Result(Question question, String side, int clients, Measurement measurement) {
    }

    private final long enterprises;
    private final String variant;
    private final String settings;
    private final List<String> sides;
    private final List<Result> results = new ArrayList<>();

    /** @param variant names this run's section beside others over the same store size, e.g. "no-cache" (or empty) */
    BenchReport(long enterprises, String variant, String settings, List<String> sides) {
        this.enterprises = enterprises;
        this.variant = variant;
        this.settings = settings;
        this.sides = sides;
    }

    void add(Result result) {
        results.add(result);
    }

    List<Result> results() {
        return List.copyOf(results);
    }

    String markdown() {
        var out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Query mix over %,d firms, measured %s.%n%n", enterprises,
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
        out.append("Machine: ").append(machine()).append(".  \n");
        out.append("Settings: ").append(settings).append(".  \n");
        out.append(String.format(Locale.ROOT, "Peak heap of the benchmark's JVM (ChainGraph, embedded Neo4j and the clients): %.0f MiB.%n",
                peakHeapBytes() / 1048576.0));
        results.stream().map(Result::clients).distinct().forEach(clients -> {
            out.append(String.format(Locale.ROOT, "%n#### %d client%s%n%n", clients, clients == 1 ? "" : "s"));
            out.append("| question |");
            sides.forEach(side -> out.append(' ').append(side).append(" p50 / p95 / p99 ms | req/s |"));
            out.append(" p95 ÷ raw | req/s ÷ peer |\n|---|");
            sides.forEach(side -> out.append("---:|---:|"));
            out.append("---:|---:|\n");
            results.stream().filter(r -> r.clients() == clients).map(Result::question).distinct().forEach(question -> {
                out.append("| ").append(question.name()).append(" |");
                for (String side : sides) {
                    Optional<Measurement> m = find(question, side, clients);
                    out.append(m.map(BenchReport::cells).orElse(" – | – |"));
                }
                Optional<Measurement> ours = find(question, sides.get(0), clients);
                out.append(' ').append(ratio(ours, find(question, "raw driver", clients), true)).append(" |");
                out.append(' ').append(ratio(ours, find(question, "Neo4j GraphQL Library", clients), false)).append(" |\n");
            });
        });
        results.stream().filter(r -> r.measurement().errors() > 0).forEach(r -> out.append(String.format(Locale.ROOT,
                "%nErrors: %s, %s, %d clients: %d (first: %s)", r.question().name(), r.side(), r.clients(), r.measurement().errors(),
                r.measurement().firstError())));
        return out.toString();
    }

    /** Replaces this scale's section of {@code file} (between its markers), or appends one. */
    void writeInto(Path file) {
        String name = enterprises + (variant.isEmpty() ? "" : " " + variant);
        String begin = "<!-- query-benchmark " + name + " begin -->";
        String end = "<!-- query-benchmark " + name + " end -->";
        try {
            String text = Files.exists(file) ? Files.readString(file) : "";
            String section = begin + "\n" + markdown() + "\n" + end;
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            String updated = from >= 0 && to > from
                    ? text.substring(0, from) + section + text.substring(to + end.length())
                    : text + (text.endsWith("\n") || text.isEmpty() ? "" : "\n") + "\n" + section + "\n";
            Files.writeString(file, updated);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark table into " + file, e);
        }
    }

    private Optional<Measurement> find(Question question, String side, int clients) {
        return results.stream().filter(r -> r.question() == question && r.side().equals(side) && r.clients() == clients)
                .map(Result::measurement).findFirst();
    }

    private static String cells(Measurement m) {
        if (m.calls() == 0) {
            return " error | – |";
        }
        return String.format(Locale.ROOT, " %s / %s / %s%s | %s |", ms(m.p50Millis()), ms(m.p95Millis()), ms(m.p99Millis()),
                m.errors() > 0 ? " (" + m.errors() + " errors)" : "", rate(m.throughput()));
    }

    /** Ours over theirs: p95 latency over the floor's, or our throughput over the peer's. */
    private static String ratio(Optional<Measurement> ours, Optional<Measurement> theirs, boolean latency) {
        if (ours.isEmpty() || theirs.isEmpty() || ours.get().calls() == 0 || theirs.get().calls() == 0) {
            return "–";
        }
        double value = latency ? ours.get().p95Millis() / theirs.get().p95Millis() : ours.get().throughput() / theirs.get().throughput();
        return String.format(Locale.ROOT, "%.2f×", value);
    }

    private static String ms(double millis) {
        return millis >= 100 ? String.format(Locale.ROOT, "%.0f", millis) : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String rate(double perSecond) {
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond) : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").findFirst().orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the core count and memory still describe the machine
        }
        return String.format(Locale.ROOT, "%s%d cores, %.0f GiB memory, %s %s, Java %s (%s)", cpu, os.getAvailableProcessors(),
                os.getTotalMemorySize() / 1073741824.0, System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }

    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
