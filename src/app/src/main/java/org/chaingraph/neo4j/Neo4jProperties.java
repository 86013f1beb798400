package org.chaingraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With an empty {@code uri} Neo4j runs embedded with its store under
 * {@code dataDir}; otherwise the driver connects to {@code uri} ({@code neo4j://} for a cluster).
 * The durations bound how long a request can wait on a database that does not answer: opening a
 * connection ({@code connectTimeout}), retrying a write the database refused for now
 * ({@code retryTime}), and how often availability is checked ({@code healthInterval}, see
 * {@link DatabaseAvailability}).
 */
@ConfigurationProperties("chaingraph.neo4j")
public record Neo4jProperties(
        String uri,
        String username,
        String password,
        @DefaultValue("neo4j") String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int boltPort,
        @DefaultValue("512m") String pageCache,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration retryTime,
        @DefaultValue("1s") Duration healthInterval) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
