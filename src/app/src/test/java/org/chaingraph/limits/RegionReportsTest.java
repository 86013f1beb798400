package org.chaingraph.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.chaingraph.errors.ApiException;
import org.chaingraph.errors.ErrorCode;
import org.chaingraph.neo4j.Deadline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegionReportsTest {

    private final RegionReports oneAtATime = new RegionReports(
            new LimitsProperties(null, null, null, null, null, null, null, null, null, null, null, 1, null));
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void endRequest() {
        release.countDown();
        Deadline.clear();
    }

    @Test
    void aSecondReportStartsWhenTheFirstHasFinished() throws Exception {
        holdThePermit();
        var second = CompletableFuture.supplyAsync(() -> {
            Deadline.start("second", Duration.ofSeconds(10));
            try {
                return oneAtATime.run(() -> {
                    events.add("second started");
                    return "second";
                });
            } finally {
                Deadline.clear();
            }
        });
        Thread.sleep(200);
        assertThat(second).isNotDone();

        release.countDown();

        assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
        assertThat(events).containsExactly("first finished", "second started");
    }

    @Test
    void aReportThatCannotStartWithinItsTimeLimitIsATimeout() throws Exception {
        holdThePermit();
        Deadline.start("late", Duration.ofMillis(150));

        assertThatThrownBy(() -> oneAtATime.run(() -> "never"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT))
                .hasMessageContaining("chaingraph.limits.region-reports");
    }

    /** A report that holds the only permit until {@link #release}; returns when it holds it. */
    private CompletableFuture<String> holdThePermit() throws InterruptedException {
        var first = CompletableFuture.supplyAsync(() -> oneAtATime.run(() -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.add("first finished");
            return "first";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        return first;
    }
}
