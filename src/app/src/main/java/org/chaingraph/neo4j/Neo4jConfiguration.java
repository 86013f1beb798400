package org.chaingraph.neo4j;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.MetricsAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({Neo4jProperties.class, ResultCache.Settings.class})
public class Neo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(Neo4jConfiguration.class);
    /** Building the indexes of a freshly bulk-loaded province can take minutes; a failed index fails at once. */
    public static final Duration INDEX_TIMEOUT = Duration.ofMinutes(30);

    /** Started only when no external server is configured; closed after the driver. */
    @Bean(destroyMethod = "close")
    EmbeddedNeo4jHolder embeddedNeo4j(Neo4jProperties properties) {
        return new EmbeddedNeo4jHolder(properties.embedded()
                ? EmbeddedNeo4j.start(properties.dataDir().resolve("neo4j"), properties.boltPort(), properties.pageCache())
                : null);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(Neo4jProperties properties, EmbeddedNeo4jHolder embedded) {
        // Bounded waits, so a database that does not answer fails a request in seconds, not the
        // driver's defaults (30 s to connect, 60 s for a free connection, 30 s of write retries).
        var config = Config.builder()
                .withMaxConnectionPoolSize(50)
                .withConnectionTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(properties.connectTimeout().toMillis() * 3, TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(properties.retryTime().toMillis(), TimeUnit.MILLISECONDS)
                // Pool figures (connections in use, acquisition times) on the Micrometer registry Boot adds to the global one.
                .withDriverMetrics()
                .withMetricsAdapter(MetricsAdapter.MICROMETER)
                .build();
        if (embedded.neo4j() != null) {
            return GraphDatabase.driver(embedded.neo4j().boltUri(), embedded.neo4j().authToken(), config);
        }
        var auth = properties.username() == null || properties.username().isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(properties.username(), properties.password());
        var driver = GraphDatabase.driver(properties.uri(), auth, config);
        driver.verifyConnectivity();
        return driver;
    }

    @Bean
    Graph graph(Driver driver, Neo4jProperties properties, CypherStatements statements) {
        var graph = new Graph(driver, properties.database(), statements);
        // Constraints and indexes before anything reads or writes; idempotent on every store.
        graph.runScript("schema/schema");
        graph.awaitIndexes(INDEX_TIMEOUT, log::info);
        graph.fillRegionCodes(log::info);
        return graph;
    }

    @Bean
    ResultCache resultCache(Graph graph, ResultCache.Settings settings) {
        return new ResultCache(graph, settings);
    }

    @Bean
    CypherStatements cypherStatements() {
        return new CypherStatements();
    }

    /** A bean may not be null; the holder says "no embedded server" without one. */
    public record EmbeddedNeo4jHolder(EmbeddedNeo4j neo4j) implements AutoCloseable {
        @Override
        public void close() {
            if (neo4j != null) {
                neo4j.close();
            }
        }
    }

}
