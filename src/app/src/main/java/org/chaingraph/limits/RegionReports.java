package org.chaingraph.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.chaingraph.errors.ApiException;
import org.chaingraph.errors.ErrorCode;
import org.chaingraph.neo4j.Deadline;
import org.springframework.stereotype.Component;

/**
 * How many computations that hold every firm of a region in memory (cultivation reports, their
 * entry lists, incentive summaries) run at once: {@code chaingraph.limits.region-reports}. A city of
 * a province of 10^6 firms holds 10^5 of them, and four such reports at once ran a 2 GiB heap out of
 * memory; more at once would not finish sooner on a small machine anyway. The others wait their
 * turn within their request's time limit.
 */
@Component
public final class RegionReports {

    private final Semaphore permits;

    public RegionReports(LimitsProperties limits) {
        this.permits = new Semaphore(limits.regionReports(), true);
    }

    public <T> T run(Supplier<T> work) {
        long waitMillis = Deadline.remaining().map(Duration::toMillis).orElse(Long.MAX_VALUE);
        try {
            if (waitMillis <= 0 || !permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new ApiException(ErrorCode.TIMEOUT, "the request ran longer than its time limit (chaingraph.limits.timeout) "
                        + "waiting for other region reports to finish (chaingraph.limits.region-reports at once)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.TIMEOUT, "interrupted while waiting for other region reports to finish");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
