package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.imports.GraphSnapshotAccess;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.Neo4jConfiguration.EmbeddedNeo4jHolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * With {@code NEO4J_URI} set the application embeds nothing and works through the driver alone.
 * The "external server" here is another instance's embedded Neo4j, reached over Bolt like any server.
 */
class ExternalNeo4jTest {

    @ParameterizedTest(name = "{0}://")
    @ValueSource(strings = {"bolt", "neo4j"}) // neo4j:// is the routing driver a cluster needs
    void aConfiguredUriIsUsedInsteadOfAnEmbeddedStore(String scheme) {
        Path serverStore = EmbeddedStore.tempDirectory("server-store");
        Path clientDataDir = EmbeddedStore.tempDirectory("client-data");
        try (var server = start("--chaingraph.neo4j.data-dir=" + serverStore,
                "--chaingraph.dataset=src/test/resources/datasets/import-base")) {
            String boltUri = server.getBean(EmbeddedNeo4jHolder.class).neo4j().boltUri().replace("bolt://", scheme + "://");

            try (var client = start("--chaingraph.neo4j.uri=" + boltUri, "--chaingraph.neo4j.password=" + server.getBean(EmbeddedNeo4jHolder.class).neo4j().password(), "--chaingraph.neo4j.data-dir=" + clientDataDir,
                    "--chaingraph.dataset=src/test/resources/datasets/import-base")) {
                assertThat(client.getBean(EmbeddedNeo4jHolder.class).neo4j()).isNull();
                assertThat(GraphSnapshotAccess.of(client.getBean(Graph.class)))
                        .isEqualTo(GraphSnapshotAccess.of(server.getBean(Graph.class)))
                        .contains("Enterprise:91310115MA1K000029 -[LEADS {region=310000}]-> Chain:ic");
            }
        }
        assertThat(Files.exists(clientDataDir.resolve("neo4j"))).as("no store is created for an external server").isFalse();
    }

    private static org.springframework.context.ConfigurableApplicationContext start(String... arguments) {
        var all = new java.util.ArrayList<>(java.util.List.of(arguments));
        all.add("--chaingraph.neo4j.page-cache=64m");
        return new SpringApplicationBuilder(ChainGraphApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run(all.toArray(String[]::new));
    }
}
