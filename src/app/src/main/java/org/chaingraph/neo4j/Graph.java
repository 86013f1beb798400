package org.chaingraph.neo4j;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chaingraph.errors.ApiException;
import org.chaingraph.errors.ErrorCode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The one door to Neo4j: runs named statements from {@code cypher/} with parameters through the
 * driver, routed to readers or the writer, and counts round trips so tests can prove that a
 * GraphQL response costs a fixed number of queries.
 */
public final class Graph {

    /** How often a read is tried when the database answers "try again" (as the driver's managed transactions do). */
    private static final int READ_ATTEMPTS = 3;

    private final Driver driver;
    private final String database;
    private final CypherStatements statements;
    private final AtomicLong roundTrips = new AtomicLong();
    private final SessionConfig readSessionConfig;
    private volatile BiConsumer<String, Map<String, ?>> observer = (statement, parameters) -> { };

    public Graph(Driver driver, String database, CypherStatements statements) {
        this.driver = driver;
        this.database = database;
        this.statements = statements;
        this.readSessionConfig = SessionConfig.builder()
                .withDatabase(database)
                .withDefaultAccessMode(AccessMode.READ)
                .withBookmarkManager(driver.executableQueryBookmarkManager())
                .build();
    }

    /** Runs a read statement and maps every row. */
    public <T> List<T> read(String statement, Map<String, ?> parameters, Function<Record, T> mapper) {
        return run(statement, parameters, mapper);
    }

    /** Runs a read statement expected to return at most one row. */
    public <T> Optional<T> readOne(String statement, Map<String, ?> parameters, Function<Record, T> mapper) {
        List<T> rows = read(statement, parameters, mapper);
        if (rows.size() > 1) {
            throw new IllegalStateException(statement + " returned " + rows.size() + " rows, expected at most one");
        }
        return rows.stream().findFirst();
    }

    /** What a write transaction changes, so that caches keep what it cannot have changed ({@link ResultCache}). */
    public enum Writes {
        /** Imported data (and anything else): every cached answer is computed afresh. */
        DATASET,
        /**
         * Only cluster memberships, challenges and bids (the API's mutations), or counts derived from
         * imported data that give the same answers (gaps/CoverageCounts): answers from imported data alone stay cached.
         */
        ACTIVITY
    }

    /**
     * The store's data versions: {@code all} moves with every write transaction, {@code dataset}
     * with those of {@link Writes#DATASET}.
     */
    public record DataVersion(long all, long dataset) {
    }

    /** Runs a write statement of imported data in its own transaction and maps every row. */
    public <T> List<T> write(String statement, Map<String, ?> parameters, Function<Record, T> mapper) {
        return inWriteTransaction(tx -> tx.run(statement, parameters, mapper));
    }

    /** As {@link #inWriteTransaction(Writes, Function)}, for writes that may change anything. */
    public <T> T inWriteTransaction(Function<Tx, T> work) {
        return inWriteTransaction(Writes.DATASET, work);
    }

    /**
     * Runs several statements in one write transaction: all of them apply, or none. The transaction
     * ends by incrementing the store's data versions (cypher/cache/bump-data-version) as {@code writes}
     * says, so caches of every instance sharing the store see that something changed ({@link ResultCache}).
     */
    public <T> T inWriteTransaction(Writes writes, Function<Tx, T> work) {
        try (var session = driver.session(sessionConfig())) {
            var config = requestConfig();
            return session.executeWrite(tx -> {
                var named = new Tx(tx);
                T result = work.apply(named);
                named.run("cache/bump-data-version", Map.of("dataset", writes == Writes.DATASET));
                return result;
            }, config);
        }
    }

    /**
     * Writes a record no cached answer depends on (an audit entry) in its own transaction, without
     * moving the data version, so recording a write does not empty every instance's cache.
     */
    public void append(String statement, Map<String, ?> parameters) {
        try (var session = driver.session(sessionConfig())) {
            session.executeWriteWithoutResult(tx -> new Tx(tx).run(statement, parameters));
        }
    }

    /** The store's data versions: they change with write transactions through any instance. */
    public DataVersion dataVersion() {
        return readOne("cache/data-version", Map.of(), r -> new DataVersion(r.get("version").asLong(), r.get("dataset").asLong()))
                .orElse(new DataVersion(0, 0));
    }

    /**
     * Runs a file of statements separated by a semicolon at a line end, each in its own auto-commit
     * transaction (schema statements cannot share one with writes).
     */
    public void runScript(String script) {
        runScript(script, line -> { });
    }

    /** As {@link #runScript(String)}, telling {@code progress} which statement runs (a constraint on 10^6 nodes takes seconds). */
    public void runScript(String script, Consumer<String> progress) {
        var parts = Arrays.stream(statements.get(script).split(";\\s*\\n|;\\s*$")).filter(s -> !s.isBlank()).toList();
        for (int i = 0; i < parts.size(); i++) {
            String statement = parts.get(i).strip();
            progress.accept(String.format("  schema %d/%d: %s", i + 1, parts.size(), statement.lines().findFirst().orElse("")));
            roundTrips.incrementAndGet();
            try (var session = driver.session(sessionConfig())) {
                session.run(statement).consume();
            }
        }
    }

    /**
     * Gives every firm the {@code regionCode} of its LOCATED_IN region when some lack it (a store
     * written before the property existed; schema/region-codes), in batches of their own transactions.
     */
    public void fillRegionCodes(Consumer<String> progress) {
        long missing = readOne("schema/region-codes-missing", Map.of(), r -> r.get("missing").asLong()).orElse(0L);
        if (missing > 0) {
            progress.accept(String.format("  giving %,d firms the code of their region (once per store) …", missing));
            runScript("schema/region-codes");
        }
    }

    /**
     * Waits until every index is online, telling {@code progress} every few seconds how far the
     * ones still populating are (building the name indexes of 10^6 firms takes half a minute).
     */
    public void awaitIndexes(Duration timeout, Consumer<String> progress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextReport = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (true) {
            var pending = read("schema/index-population", Map.of(),
                    r -> new String[] {r.get("name").asString(), r.get("state").asString(),
                            String.format("%.0f%%", r.get("populationPercent").asDouble())});
            if (pending.isEmpty()) {
                return;
            }
            for (String[] index : pending) {
                if ("FAILED".equals(index[1])) {
                    throw new IllegalStateException("index " + index[0] + " failed to build; see the Neo4j log");
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("indexes still building after " + timeout.toSeconds() + " s: "
                        + pending.stream().map(i -> i[0]).collect(Collectors.joining(", ")));
            }
            if (System.nanoTime() >= nextReport) {
                progress.accept("  building indexes: " + pending.stream().map(i -> i[0] + " " + i[2]).collect(Collectors.joining(", ")));
                nextReport = System.nanoTime() + Duration.ofSeconds(3).toNanos();
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for indexes", e);
            }
        }
    }

    /**
     * Write sessions join the bookmark chain the read sessions use (the driver's own bookmark
     * manager), so on a cluster a read after a write (a mutation's nested fields, the next request)
     * waits for that write.
     */
    private SessionConfig sessionConfig() {
        return SessionConfig.builder()
                .withDatabase(database)
                .withBookmarkManager(driver.executableQueryBookmarkManager())
                .build();
    }

    public String statement(String name) {
        return statements.get(name);
    }

    public long roundTrips() {
        return roundTrips.get();
    }

    public Driver driver() {
        return driver;
    }

    public String database() {
        return database;
    }

    /** Tells {@code observer} every statement run and its parameters (tests check the plans of what requests run). */
    public void observe(BiConsumer<String, Map<String, ?>> observer) {
        this.observer = observer;
    }

    /**
     * A read runs as one auto-commit query in a read session (routed to a reader on a cluster, in the
     * bookmark chain): RUN and PULL in one round trip, where a managed transaction adds BEGIN and
     * COMMIT — about 1.7× the throughput of {@code executableQuery} on small reads. What a managed
     * transaction would retry (a reader gone, a leader switch, a transient error) is retried here,
     * within the request's deadline.
     */
    private <T> List<T> run(String statement, Map<String, ?> parameters, Function<Record, T> mapper) {
        roundTrips.incrementAndGet();
        observer.accept(statement, parameters);
        @SuppressWarnings("unchecked")
        var params = (Map<String, Object>) parameters;
        String text = statements.get(statement);
        for (int attempt = 1; ; attempt++) {
            var config = requestConfig();
            try (var session = driver.session(readSessionConfig)) {
                return session.run(text, params, config).list(mapper::apply);
            } catch (RuntimeException e) {
                if (!(e instanceof RetryableException) || attempt >= READ_ATTEMPTS) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L * attempt * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a read", e);
        }
    }

    /**
     * The transaction of a statement run for a request: its timeout is the time the request's
     * {@link Deadline} has left, so Neo4j stops a statement that would overrun, and its metadata names
     * the request, so {@link RunningRequests} can stop it when the client goes away. None outside a
     * request (imports). Nothing starts once the request ran out of time or was cancelled.
     */
    private static TransactionConfig requestConfig() {
        if (Deadline.cancelled()) {
            throw new ApiException(ErrorCode.TIMEOUT, "the client went away; the request was stopped");
        }
        var config = TransactionConfig.builder();
        var left = Deadline.remaining();
        if (left.isPresent()) {
            if (left.get().toMillis() < 1) {
                throw new ApiException(ErrorCode.TIMEOUT, "the request ran longer than its time limit (chaingraph.limits.timeout) and was stopped");
            }
            config.withTimeout(left.get());
        }
        Deadline.requestId().ifPresent(id -> config.withMetadata(Map.of(RunningRequests.REQUEST_ID, id)));
        return config.build();
    }

    /** A write transaction that runs named statements. */
    public final class Tx {
        private final TransactionContext tx;

        private Tx(TransactionContext tx) {
            this.tx = tx;
        }

        public <T> List<T> run(String statement, Map<String, ?> parameters, Function<Record, T> mapper) {
            roundTrips.incrementAndGet();
            observer.accept(statement, parameters);
            @SuppressWarnings("unchecked")
            var params = (Map<String, Object>) parameters;
            return tx.run(statements.get(statement), params).list(mapper::apply);
        }

        public void run(String statement, Map<String, ?> parameters) {
            roundTrips.incrementAndGet();
            observer.accept(statement, parameters);
            @SuppressWarnings("unchecked")
            var params = (Map<String, Object>) parameters;
            tx.run(statements.get(statement), params).consume();
        }
    }
}
