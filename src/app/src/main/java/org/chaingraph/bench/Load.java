package org.chaingraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads each send the next call as soon as the previous one
 * answered, first for a warm-up that is not recorded, then for the measured duration.
 */
final class Load {

    private final Duration warmup;
    private final Duration duration;

    Load(Duration warmup, Duration duration) {
        this.warmup = warmup;
        this.duration = duration;
    }

    /**
     * @param warmCalls calls the warm-up makes at least (however long that takes), e.g. one per
     *                  distinct argument set, so that a warm measurement finds every answer cached
     */
    Measurement measure(Side.Call call, Question question, Samples samples, int clients, int warmCalls) throws InterruptedException {
        var counter = new AtomicInteger();
        if (!warmup.isZero()) {
            run(call, question, samples, clients, warmup, warmCalls, counter, false);
        }
        return run(call, question, samples, clients, duration, 0, counter, true);
    }

    private Measurement run(Side.Call call, Question question, Samples samples, int clients, Duration length, int minimumCalls,
                            AtomicInteger counter, boolean record) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        var errors = new AtomicLong();
        var firstError = new AtomicReference<String>();
        long started = System.nanoTime();
        long deadline = started + length.toNanos();
        List<Future<long[]>> clientsDone = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            clientsDone.add(pool.submit(() -> {
                long[] nanos = new long[1024];
                int n = 0;
                // At least one call per client, so that a short smoke run still measures something.
                do {
                    int i = counter.getAndIncrement();
                    long t0 = System.nanoTime();
                    try {
                        call.run(question.arguments().apply(samples, i));
                        long elapsed = System.nanoTime() - t0;
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = elapsed;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                } while (System.nanoTime() < deadline || counter.get() < minimumCalls);
                return Arrays.copyOf(nanos, n);
            }));
        }
        pool.shutdown();
        long[] all = new long[0];
        for (var done : clientsDone) {
            try {
                long[] nanos = done.get();
                long[] merged = Arrays.copyOf(all, all.length + nanos.length);
                System.arraycopy(nanos, 0, merged, all.length, nanos.length);
                all = merged;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return record ? Measurement.of(all, errors.get(), seconds, firstError.get()) : null;
    }
}
