package org.chaingraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With an empty {@code uri} Neo4j runs embedded with its store under
 * {@code dataDir}; otherwise the driver connects to {@code uri} ({@code neo4j://} for a cluster).
 */
@ConfigurationProperties("chaingraph.neo4j")
public record Neo4jProperties(
        String uri,
        String username,
        String password,
        @DefaultValue("neo4j") String database,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("0") int boltPort,
        @DefaultValue("512m") String pageCache) {

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
