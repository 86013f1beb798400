package org.chaingraph.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.context.ContextRegistry;

/**
 * The moment by which the statements of the current request must finish (chaingraph.limits.timeout),
 * and whether the request was cancelled because its client went away. Set per HTTP request by the
 * web layer and carried to the threads that run data fetchers; every statement {@link Graph} runs
 * gets the time left as its transaction timeout and the request id as transaction metadata, so
 * Neo4j itself stops a statement that would overrun and {@link RunningRequests} can stop those of a
 * cancelled request; none starts after the deadline or a cancel. Work outside a request (imports,
 * start-up) has no deadline.
 */
public final class Deadline {

    /** One request's deadline and cancel flag. */
    static final class State {
        final String requestId;
        final long nanos;
        volatile boolean cancelled;

        State(String requestId, long nanos) {
            this.requestId = requestId;
            this.nanos = nanos;
        }
    }

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();
    /** The requests in flight by id, so that another thread can cancel one. */
    private static final Map<String, State> IN_FLIGHT = new ConcurrentHashMap<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(Deadline.class.getName(),
                CURRENT::get, CURRENT::set, CURRENT::remove);
    }

    private Deadline() {
    }

    /** Starts the deadline of request {@code requestId}, handled on this thread. */
    public static void start(String requestId, Duration timeout) {
        var state = new State(requestId, System.nanoTime() + timeout.toNanos());
        CURRENT.set(state);
        if (requestId != null) {
            IN_FLIGHT.put(requestId, state);
        }
    }

    /** Ends the request handled on this thread. */
    public static void clear() {
        State state = CURRENT.get();
        if (state != null && state.requestId != null) {
            IN_FLIGHT.remove(state.requestId, state);
        }
        CURRENT.remove();
    }

    /** Marks request {@code requestId} cancelled: no statement of it starts from now on. False when it is not in flight. */
    public static boolean cancel(String requestId) {
        State state = IN_FLIGHT.get(requestId);
        if (state == null) {
            return false;
        }
        state.cancelled = true;
        return true;
    }

    /** The time left, if a deadline is set: zero or negative once it has passed. */
    public static Optional<Duration> remaining() {
        State state = CURRENT.get();
        return state == null ? Optional.empty() : Optional.of(Duration.ofNanos(state.nanos - System.nanoTime()));
    }

    /** Whether the request handled on this thread was cancelled. */
    public static boolean cancelled() {
        State state = CURRENT.get();
        return state != null && state.cancelled;
    }

    /** The id of the request handled on this thread, if any. */
    public static Optional<String> requestId() {
        State state = CURRENT.get();
        return state == null ? Optional.empty() : Optional.ofNullable(state.requestId);
    }
}
