package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.cli.Cli.chaingraph;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.generate.DatasetGenerator;
import org.chaingraph.imports.BulkLoad;
import org.chaingraph.imports.ImportProgress;
import org.junit.jupiter.api.Test;

/** {@code chaingraph import DIR --data-dir DIR}: exit status, report and what reaches the store. */
class ImportCommandTest {

    @Test
    void aDatasetWithABadRowIsRefusedNamingTheRowAndWritesNothing() throws Exception {
        Path dataset = EmbeddedStore.tempDirectory("bad-dataset");
        Files.writeString(dataset.resolve("regions.csv"), "code,name,level,parent_code\n310000,上海市,PROVINCE,\n310115,浦东新区,COUNTY,310000\n");
        Path store = EmbeddedStore.tempDirectory("cli-store");

        Cli.Run run = chaingraph("import", dataset.toString(), "--data-dir", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(
                "regions.csv:3: level: 'COUNTY' is not one of PROVINCE, CITY, DISTRICT",
                "refused: 1 error; nothing was written.");
        assertThat(Stores.contentsOf(store)).isEmpty();
    }

    @Test
    void aValidDatasetIsImportedWithAReportOfRowsPerFile() {
        Path store = EmbeddedStore.tempDirectory("cli-store");

        Cli.Run run = chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", store.toString(), "--transactional");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("enterprises.csv: 4 rows written in", "Imported src/test/resources/datasets/import-base: 38 rows from 17 files");
        assertThat(Stores.contentsOf(store)).contains("Enterprise:91310115MA1K000029 -[LEADS {region=310000}]-> Chain:ic");
    }

    @Test
    void everyImportByTheCommandLineIsInTheAuditTrail() throws Exception {
        Path store = EmbeddedStore.tempDirectory("cli-audit-store");
        String user = "cli:" + System.getProperty("user.name");
        assertThat(chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", store.toString()).exitCode()).isZero();
        Path bad = EmbeddedStore.tempDirectory("bad-dataset");
        Files.writeString(bad.resolve("regions.csv"), "code,name,level,parent_code\n310000,上海市,PROVINCE,\n310115,浦东新区,COUNTY,310000\n");
        assertThat(chaingraph("import", bad.toString(), "--data-dir", store.toString()).exitCode()).isEqualTo(1);
        assertThat(chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", store.toString()).exitCode()).isZero();
        assertThat(chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", store.toString(), "--check").exitCode()).isZero();

        String base = Path.of("src/test/resources/datasets/import-base").toAbsolutePath().normalize().toString();
        assertThat(Stores.auditOf(store)).as("newest first; a check writes nothing and is not recorded").containsExactly(
                user + " ADMIN import SUCCEEDED {\"directory\":\"" + base + "\",\"via\":\"command line\",\"rows\":38}",
                user + " ADMIN import REFUSED {\"directory\":\"" + bad.toAbsolutePath().normalize() + "\",\"via\":\"command line\",\"rows\":0}",
                user + " ADMIN import SUCCEEDED {\"directory\":\"" + base + "\",\"via\":\"command line\",\"rows\":38}");
    }

    @Test
    void anEmptyStoreIsBulkLoadedIntoTheSameGraphAsTransactionsWrite() {
        Path dataset = EmbeddedStore.tempDirectory("bulk-dataset");
        new DatasetGenerator(new DatasetGenerator.Spec(1_200, 11, 2)).writeTo(dataset, line -> { });
        Path bulk = EmbeddedStore.tempDirectory("bulk-store");
        Path transactional = EmbeddedStore.tempDirectory("tx-store");

        Cli.Run bulkRun = chaingraph("import", dataset.toString(), "--data-dir", bulk.toString());
        Cli.Run txRun = chaingraph("import", dataset.toString(), "--data-dir", transactional.toString(), "--transactional");

        assertThat(bulkRun.exitCode()).as(bulkRun.err()).isZero();
        assertThat(bulkRun.out()).contains("is empty: loading it with Neo4j's bulk importer", "IMPORT DONE", "constraints and indexes ready");
        assertThat(txRun.exitCode()).as(txRun.err()).isZero();
        List<String> bulkGraph = Stores.contentsOf(bulk);
        assertThat(bulkGraph).hasSizeGreaterThan(5_000).isEqualTo(Stores.contentsOf(transactional));
    }

    @Test
    void theHandWrittenBaseDatasetBulkLoadsLikeTransactionsToo() {
        Path bulk = EmbeddedStore.tempDirectory("bulk-store");
        Path transactional = EmbeddedStore.tempDirectory("tx-store");

        assertThat(chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", bulk.toString()).exitCode()).isZero();
        assertThat(chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", transactional.toString(), "--transactional")
                .exitCode()).isZero();

        assertThat(Stores.contentsOf(bulk)).isEqualTo(Stores.contentsOf(transactional))
                .contains("Enterprise:91310115MA1K000016 -[SUPPLIES {qualified=true, segment=ic-resist, since=2021}]-> Enterprise:91310115MA1K000029");
    }

    @Test
    void aValueSpanningLinesBulkLoadsIntact() throws Exception {
        Path dataset = EmbeddedStore.tempDirectory("multiline-dataset");
        try (var files = Files.list(Path.of("src/test/resources/datasets/import-base"))) {
            for (Path file : files.toList()) {
                Files.copy(file, dataset.resolve(file.getFileName()));
            }
        }
        Files.writeString(dataset.resolve("chains.csv"), "id,name,name_en,description\nic,集成电路,Integrated circuits,\"设计、制造\n封测\"\n");
        Path bulk = EmbeddedStore.tempDirectory("bulk-store");
        Path transactional = EmbeddedStore.tempDirectory("tx-store");

        Cli.Run bulkRun = chaingraph("import", dataset.toString(), "--data-dir", bulk.toString());
        assertThat(chaingraph("import", dataset.toString(), "--data-dir", transactional.toString(), "--transactional").exitCode()).isZero();

        assertThat(bulkRun.exitCode()).as(bulkRun.err()).isZero();
        assertThat(Stores.contentsOf(bulk)).isEqualTo(Stores.contentsOf(transactional))
                .contains("[Chain] {description=设计、制造\n封测, id=ic, name=集成电路, nameEn=Integrated circuits}");
    }

    @Test
    void aCheckAgainstAStoreWritesNothingNotEvenCoverageCounts() {
        Path store = EmbeddedStore.tempDirectory("check-store");
        var loaded = BulkLoad.load(Path.of("src/test/resources/datasets/import-base"), store, 20, ImportProgress.lines(line -> { }),
                new PrintStream(OutputStream.nullOutputStream()));
        assertThat(loaded.ok()).isTrue();
        List<String> before = Stores.contentsOf(store);

        Cli.Run run = chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", store.toString(), "--check");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Stores.contentsOf(store)).isEqualTo(before).noneMatch(line -> line.startsWith("[CoverageCount]"));
    }

    @Test
    void aBadDatasetBulkLoadsNothingAndLeavesNoStore() throws Exception {
        Path dataset = EmbeddedStore.tempDirectory("bad-dataset");
        Files.writeString(dataset.resolve("regions.csv"), "code,name,level,parent_code\n310000,上海市,PROVINCE,\n310115,浦东新区,DISTRICT,999999\n");
        Path store = EmbeddedStore.tempDirectory("cli-store");

        Cli.Run run = chaingraph("import", dataset.toString(), "--data-dir", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("regions.csv:3: parent_code: unknown regions code '999999'", "nothing was written");
        assertThat(store.resolve("neo4j")).doesNotExist();
        assertThat(store.resolve("neo4j.loading")).doesNotExist();
    }

    @Test
    void checkWithoutAStoreValidatesAndWritesNothing() throws Exception {
        Path store = EmbeddedStore.tempDirectory("cli-store");

        Cli.Run ok = chaingraph("import", "src/test/resources/datasets/import-base", "--check");
        Cli.Run withStore = chaingraph("import", "src/test/resources/datasets/import-base", "--check", "--data-dir", store.toString());

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Checked src/test/resources/datasets/import-base: 38 rows from 17 files");
        assertThat(withStore.exitCode()).as(withStore.err()).isZero();
        assertThat(Stores.contentsOf(store)).isEmpty();
    }
}
