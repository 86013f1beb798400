package org.chaingraph.e2e.imports;

import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.imports.DatasetImporter;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context the import tests share (one embedded store, emptied before each
 * test): batches of 1000 rows so that small datasets still span several transactions.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.NONE,
        properties = {"chaingraph.import.max-errors=50", "chaingraph.import.batch-size=1000"})
abstract class ImportStoreTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "imports", "");
    }

    @Autowired
    DatasetImporter importer;

    @Autowired
    Graph graph;

    @BeforeEach
    void emptyStore() {
        graph.write("testing/clear", Map.of(), r -> r);
    }
}
