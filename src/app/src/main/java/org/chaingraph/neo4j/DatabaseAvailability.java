package org.chaingraph.neo4j;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether Neo4j answers, checked every {@code chaingraph.neo4j.health-interval} once the server is
 * ready. When it stops answering (an external server stopped, a network cut), readiness turns to
 * REFUSING_TRAFFIC and the {@code database} health of {@code /actuator/health/readiness} DOWN, so
 * the API answers 503 {@code SERVICE_UNAVAILABLE} at once ({@code web/RequestFilter}) instead of
 * every request waiting for the driver's timeouts and holding a thread; a load balancer stops
 * sending traffic. When Neo4j answers again, readiness returns by itself. Liveness is untouched:
 * the process is fine, restarting it would not bring the database back.
 */
@Component("databaseHealthIndicator")
public final class DatabaseAvailability implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    static final int FAILURES_FOR_DOWN = 2;

    private final Driver driver;
    private final SessionConfig session;
    private final String ping;
    private final Duration interval;
    private final Duration timeout;
    private final ApplicationEventPublisher events;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon("chaingraph-neo4j-health"));
    private final ExecutorService pinger = Executors.newSingleThreadExecutor(daemon("chaingraph-neo4j-ping"));
    private volatile boolean up = true;
    private volatile boolean watching;
    private volatile Instant since = Instant.now();
    private volatile String failure = "";
    private Future<?> lastPing;
    /** Touched by the scheduler's thread only. */
    private int failuresInARow;

    DatabaseAvailability(Driver driver, Neo4jProperties properties, CypherStatements statements, ApplicationEventPublisher events) {
        this.driver = driver;
        this.session = SessionConfig.builder().withDatabase(properties.database()).withDefaultAccessMode(AccessMode.READ).build();
        this.ping = statements.get("schema/ping");
        this.interval = properties.healthInterval();
        this.timeout = properties.connectTimeout();
        this.events = events;
    }

    /** False while Neo4j does not answer. */
    public boolean up() {
        return up;
    }

    @Override
    public Health health() {
        return up ? Health.up().build() : Health.down().withDetail("since", since.toString()).withDetail("error", failure).build();
    }

    /**
     * Watches from the moment the server is ready (schema applied, start-up dataset loaded); not in a
     * context without a web server (a command-line import), which has no readiness to keep.
     */
    @EventListener
    void watch(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
            return;
        }
        watching = true;
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Shutting down refuses traffic for good: nothing may turn readiness back on. */
    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getSource() != this && event.getState() == ReadinessState.REFUSING_TRAFFIC) {
            stop();
        }
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        watching = false;
        scheduler.shutdownNow();
        pinger.shutdownNow();
    }

    /**
     * One check, on the scheduler's single thread, so transitions are ordered. Down takes
     * {@link #FAILURES_FOR_DOWN} failed checks in a row: one slow answer under a heavy import does
     * not take the instance out of service.
     */
    void check() {
        if (lastPing != null && !lastPing.isDone()) {
            failed("no answer within " + timeout.toMillis() + " ms");
            return;
        }
        lastPing = pinger.submit(() -> {
            try (var s = driver.session(session)) {
                s.run(ping, TransactionConfig.builder().withTimeout(timeout).build()).consume();
            }
        });
        try {
            lastPing.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            failuresInARow = 0;
            changeTo(true, "");
        } catch (TimeoutException e) {
            failed("no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            failed(String.valueOf(e.getCause().getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void failed(String reason) {
        if (++failuresInARow >= FAILURES_FOR_DOWN) {
            changeTo(false, reason);
        }
    }

    private void changeTo(boolean nowUp, String reason) {
        if (nowUp == up || !watching) {
            return;
        }
        Duration lasted = Duration.between(since, Instant.now());
        up = nowUp;
        since = Instant.now();
        failure = reason;
        if (nowUp) {
            log.info("Neo4j answers again after {} s: accepting API requests", lasted.toSeconds());
        } else {
            log.warn("Neo4j does not answer ({}): refusing API requests with 503 until it does", reason);
        }
        AvailabilityChangeEvent.publish(events, this, nowUp ? ReadinessState.ACCEPTING_TRAFFIC : ReadinessState.REFUSING_TRAFFIC);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            var thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
