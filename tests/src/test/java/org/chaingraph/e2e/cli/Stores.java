package org.chaingraph.e2e.cli;

import java.nio.file.Path;
import java.util.List;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.neo4j.Graph;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Opens an existing store directory (no dataset loaded) and reads it whole. */
final class Stores {

    private Stores() {
    }

    static List<String> contentsOf(Path dataDir) {
        try (var context = new SpringApplicationBuilder(ChainGraphApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .run("--chaingraph.neo4j.data-dir=" + dataDir, "--chaingraph.dataset=", "--chaingraph.neo4j.page-cache=64m")) {
            return org.chaingraph.e2e.imports.GraphSnapshotAccess.of(context.getBean(Graph.class));
        }
    }
}
