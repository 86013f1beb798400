package org.chaingraph.bench;

import java.util.Arrays;

/** What one side did for one question at one number of clients: latency percentiles and throughput. */
record Measurement(long calls, long errors, double seconds, double p50Millis, double p95Millis, double p99Millis, String firstError) {

    static Measurement of(long[] nanos, long errors, double seconds, String firstError) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Measurement(sorted.length, errors, seconds, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), firstError);
    }

    double throughput() {
        return seconds <= 0 ? 0 : calls / seconds;
    }

    boolean failed() {
        return calls == 0 || errors > 0;
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
