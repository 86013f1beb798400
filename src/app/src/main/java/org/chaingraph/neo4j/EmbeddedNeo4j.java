package org.chaingraph.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
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
 * Neo4j community running inside this JVM, reachable only through Bolt on a loopback port, with
 * authentication on (user {@code neo4j}, a generated password kept next to the store). The
 * application never touches the embedded API beyond start, setting that password, and stop: all
 * queries go through the Java driver, so the same code serves an external server or a cluster.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    /** The file, next to the store, holding the Bolt password. */
    public static final String PASSWORD_FILE = "bolt-password";
    private static final String USER = "neo4j";

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final Path home;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, Path home, String password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.home = home;
        this.password = password;
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
        String password = password(home);
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(new CypherStatements().get("schema/embedded-password"), Map.of("password", password));
        } catch (RuntimeException e) {
            // Set at an earlier start: Neo4j refuses to "change" a password to itself.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                dbms.shutdown();
                throw e;
            }
        }
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        log.info("Embedded Neo4j started in {} ms: store {}, Bolt on 127.0.0.1:{}",
                (System.nanoTime() - started) / 1_000_000, home.toAbsolutePath(), port);
        return new EmbeddedNeo4j(dbms, port, home, password);
    }

    /**
     * The Bolt password of the store under {@code home}: read from {@code home/bolt-password}, or
     * generated into it (owner-readable only) the first time. Neo4j's own user is set to it at every
     * start, so a store copied or bulk-loaded into place gets it too.
     */
    private static String password(Path home) {
        Path file = home.resolve(PASSWORD_FILE);
        try {
            Files.createDirectories(home);
            if (Files.exists(file)) {
                String stored = Files.readString(file).strip();
                if (stored.length() >= 8) {
                    return stored;
                }
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path temporary = home.resolve(PASSWORD_FILE + ".tmp");
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(temporary);
            }
            Files.writeString(temporary, password + "\n");
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded Neo4j password in " + file, e);
        }
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
                // Bolt listens on loopback only, and with a password only ChainGraph knows, so no other
                // local process can read or write the store behind the API's back.
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
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

    /** The credentials of the embedded store's Bolt port. */
    public AuthToken authToken() {
        return AuthTokens.basic(USER, password);
    }

    public String password() {
        return password;
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
