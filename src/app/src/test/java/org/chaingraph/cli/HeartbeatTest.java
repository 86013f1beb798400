package org.chaingraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class HeartbeatTest {

    @Test
    void beatsUntilClosedAndNeverAfter() throws InterruptedException {
        List<Long> told = new CopyOnWriteArrayList<>();
        try (var heartbeat = Heartbeat.every(Duration.ofMillis(40), told::add)) {
            long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (told.size() < 3 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
        }
        int atClose = told.size();
        assertThat(atClose).isGreaterThanOrEqualTo(3);
        Thread.sleep(200);
        assertThat(told).hasSize(atClose);
    }

    @Test
    void aStepShorterThanThePeriodSaysNothing() throws InterruptedException {
        List<Long> told = new CopyOnWriteArrayList<>();
        try (var heartbeat = Heartbeat.every(Duration.ofSeconds(5), told::add)) {
            Thread.sleep(50);
        }
        assertThat(told).isEmpty();
    }
}
