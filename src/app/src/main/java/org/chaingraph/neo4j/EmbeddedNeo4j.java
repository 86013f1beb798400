package org.chaingraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j community running inside this JVM, reachable only through Bolt on a loopback port.
 * The application never touches the embedded API beyond start and stop: all queries go through
 * the Java driver, so the same code serves an external server or a cluster.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final Path home;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, Path home) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.home = home;
    }

    /**
     * Starts the DBMS with its store under {@code home}. Port 0 lets the OS pick a free port, so two
     * instances can run side by side.
     */
    public static EmbeddedNeo4j start(Path home, int requestedPort, String pageCache) {
        long started = System.nanoTime();
        // A concrete port, not 0: the routing table (neo4j:// clients) advertises it.
        int boltPort = requestedPort == 0 ? freeLoopbackPort() : requestedPort;
        DatabaseManagementService dbms;
        try {
            dbms = build(home, boltPort, pageCache);
        } catch (RuntimeException e) {
            if (heldByAnotherProcess(e)) {
                throw new StoreInUseException(home.toAbsolutePath());
            }
            throw e;
        }
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        log.info("Embedded Neo4j started in {} ms: store {}, Bolt on 127.0.0.1:{}",
                (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), port);
        return new EmbeddedNeo4j(dbms, port, home);
    }

    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("FileLockException")
                    || String.valueOf(cause.getMessage()).contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

    /** The store is open in another process (a running server, or another import). */
    public static final class StoreInUseException extends RuntimeException {
        public StoreInUseException(Path home) {
            super("the store in " + home + " is in use by another process (a running ChainGraph server?)", null, false, false);
        }
    }

    private static DatabaseManagementService build(Path home, int boltPort, String pageCache) {
        return new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Bolt listens on loopback only; the API in front of it is the security boundary.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(10))
                // The driver has closed its connections by the time Neo4j stops; Netty's default quiet
                // period would otherwise hold every shutdown (and restart) for about ten seconds.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .build();
    }

    private static int freeLoopbackPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for Bolt", e);
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j ({})", home.toAbsolutePath());
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
