package org.chaingraph.e2e.cli;

import java.nio.file.Path;
import java.util.List;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.audit.AuditTrail;
import org.chaingraph.neo4j.Graph;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Opens an existing store directory (no dataset loaded) and reads it whole. */
final class Stores {

    private Stores() {
    }

    /** The store's audit trail, newest first: "who role operation outcome arguments" per entry. */
    static List<String> auditOf(Path dataDir) {
        try (var context = open(dataDir)) {
            return context.getBean(AuditTrail.class).page(100, null).edges().stream()
                    .map(e -> e.node().who() + " " + e.node().role() + " " + e.node().operation() + " " + e.node().outcome() + " " + e.node().arguments())
                    .toList();
        }
    }

    private static ConfigurableApplicationContext open(Path dataDir) {
        return new SpringApplicationBuilder(ChainGraphApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--chaingraph.neo4j.data-dir=" + dataDir, "--chaingraph.dataset=", "--chaingraph.neo4j.page-cache=64m");
    }

    static List<String> contentsOf(Path dataDir) {
        try (var context = open(dataDir)) {
            return org.chaingraph.e2e.imports.GraphSnapshotAccess.of(context.getBean(Graph.class));
        }
    }
}
