package org.chaingraph.neo4j;

import java.time.Duration;
import java.util.Optional;

import io.micrometer.context.ContextRegistry;

/**
 * The moment by which the statements of the current request must finish (chaingraph.limits.timeout).
 * Set per HTTP request by the web layer and carried to the threads that run data fetchers; every
 * statement {@link Graph} runs gets the time left as its transaction timeout, so Neo4j itself stops
 * a statement that would overrun, and none starts after the deadline. Work outside a request
 * (imports, start-up) has no deadline.
 */
public final class Deadline {

    private static final ThreadLocal<Long> NANOS = new ThreadLocal<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(Deadline.class.getName(),
                NANOS::get, NANOS::set, NANOS::remove);
    }

    private Deadline() {
    }

    /** Starts the deadline of the request handled on this thread. */
    public static void start(Duration timeout) {
        NANOS.set(System.nanoTime() + timeout.toNanos());
    }

    public static void clear() {
        NANOS.remove();
    }

    /** The time left, if a deadline is set: zero or negative once it has passed. */
    public static Optional<Duration> remaining() {
        Long at = NANOS.get();
        return at == null ? Optional.empty() : Optional.of(Duration.ofNanos(at - System.nanoTime()));
    }
}
