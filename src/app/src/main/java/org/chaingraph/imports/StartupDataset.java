package org.chaingraph.imports;

import java.nio.file.Path;
import java.util.Map;

import org.chaingraph.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * First settles any import a crash interrupted (completing one that had started writing), then loads the configured dataset ({@code chaingraph.dataset}, default {@code seeds/demo}) into an
 * empty store before the application reports ready; a store with data is left as it is. Last, a
 * server counts segment coverage if the counts do not describe the store (a bulk-loaded store:
 * gaps/CoverageCounts).
 * Readiness turns to ACCEPTING_TRAFFIC only after runners finish, so clients never see a half-loaded graph.
 */
@Component
final class StartupDataset implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupDataset.class);

    private final Graph graph;
    private final DatasetImporter importer;
    private final String dataset;
    private final boolean server;

    StartupDataset(Graph graph, DatasetImporter importer, @Value("${chaingraph.dataset:}") String dataset, ApplicationContext context) {
        this.graph = graph;
        this.importer = importer;
        this.dataset = dataset;
        this.server = context instanceof WebServerApplicationContext;
    }

    @Override
    public void run(ApplicationArguments args) {
        importer.settleUnfinished(ImportProgress.lines(log::info)).forEach(done -> log.info("Import journal: {}", done));
        loadIntoEmptyStore();
        // Only a server: a command-line import counts when it writes, and a check writes nothing.
        if (server) {
            importer.settleCoverage(ImportProgress.lines(log::info));
        }
    }

    private void loadIntoEmptyStore() {
        if (dataset == null || dataset.isBlank()) {
            return;
        }
        boolean hasData = graph.readOne("imports/has-data", Map.of(), r -> r.get("hasData").asBoolean()).orElse(false);
        if (hasData) {
            log.info("Store already holds data; dataset {} not loaded", dataset);
            return;
        }
        log.info("Empty store: loading dataset {}", dataset);
        ImportReport report = importer.importDirectory(Path.of(dataset), log::info);
        if (!report.ok()) {
            throw new IllegalStateException(report.summary());
        }
        log.info("Loaded {} rows from {} in {} ms", report.totalRows(), dataset, report.millis());
    }
}
