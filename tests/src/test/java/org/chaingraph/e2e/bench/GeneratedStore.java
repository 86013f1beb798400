package org.chaingraph.e2e.bench;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.generate.DatasetGenerator;
import org.chaingraph.imports.BulkLoad;
import org.chaingraph.imports.ImportProgress;

/** A store bulk-loaded from a generated province, built once per test JVM. */
final class GeneratedStore {

    static final int ENTERPRISES = 10_000;
    private static Path store;

    private GeneratedStore() {
    }

    static synchronized Path get() {
        if (store == null) {
            Path dataset = EmbeddedStore.tempDirectory("generated-dataset");
            new DatasetGenerator(new DatasetGenerator.Spec(ENTERPRISES, 1, 8)).writeTo(dataset, line -> { });
            Path dataDir = EmbeddedStore.tempDirectory("generated-store");
            var report = BulkLoad.load(dataset, dataDir, 20, ImportProgress.lines(line -> { }), new PrintStream(OutputStream.nullOutputStream()));
            if (!report.ok()) {
                throw new IllegalStateException("the generated dataset did not load: " + report.errors());
            }
            store = dataDir;
        }
        return store;
    }
}
