package org.chaingraph.e2e.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.generate.DatasetGenerator;
import org.chaingraph.imports.DatasetImporter;
import org.chaingraph.imports.ImportProgress;
import org.chaingraph.imports.ImportReport;
import org.junit.jupiter.api.Test;

/**
 * Generated datasets (`chaingraph generate`) through the real importer and embedded Neo4j: they
 * import whole, re-import unchanged, and a bad last row in the largest file writes nothing; and
 * the checks that fuzzing found missing (oversized values, cycles, doubled columns, …).
 */
class ScaleDatasetImportTest extends ImportStoreTest {

    private static Path generated(int enterprises, long seed) {
        Path out = EmbeddedStore.tempDirectory("generated");
        new DatasetGenerator(new DatasetGenerator.Spec(enterprises, seed, 3)).writeTo(out, line -> { });
        return out;
    }

    private ImportReport importing(Path dataset) {
        return importer.importDirectory(dataset, ImportProgress.lines(line -> { }));
    }

    private long count(String label) {
        return graph.write("testing/count-label", Map.of("label", label), r -> r.get("n").asLong()).get(0);
    }

    @Test
    void aGeneratedDatasetImportsWholeInManyBatchesAndReimportsUnchanged() throws IOException {
        Path dataset = generated(1_500, 7);

        ImportReport report = importing(dataset);

        assertThat(report.errors()).isEmpty();
        long firms = Files.readAllLines(dataset.resolve("enterprises.csv")).size() - 1;
        assertThat(report.rowsPerFile()).containsEntry("enterprises.csv", (int) firms);
        assertThat(count("Enterprise")).isEqualTo(firms);
        long awards = Files.readAllLines(dataset.resolve("designations.csv")).size() - 1;
        assertThat(graph.write("testing/count-rel", Map.of("type", "HOLDS"), r -> r.get("n").asLong()).get(0)).isEqualTo(awards);
        List<String> once = GraphSnapshot.of(graph);

        assertThat(importing(dataset).ok()).isTrue();

        assertThat(GraphSnapshot.of(graph)).isEqualTo(once);
    }

    @Test
    void theGeneratorIsDeterministicAndItsOutputPassesTheChecks() throws IOException {
        Path first = generated(800, 42);
        Path second = generated(800, 42);
        Path other = generated(800, 43);

        for (String file : List.of("enterprises.csv", "designations.csv", "supplies.csv", "segment_flows.csv")) {
            assertThat(Files.readString(second.resolve(file))).as(file).isEqualTo(Files.readString(first.resolve(file)));
        }
        assertThat(Files.readString(other.resolve("enterprises.csv"))).isNotEqualTo(Files.readString(first.resolve("enterprises.csv")));
        ImportReport check = DatasetImporter.checkWithoutStore(first, ImportProgress.lines(line -> { }), 20);
        assertThat(check.errors()).isEmpty();
        assertThat(check.rowsPerFile()).as("the 17 files and segment_priorities.csv").hasSize(18);
        assertThat(count("Enterprise")).as("a check writes nothing").isZero();
    }

    @Test
    void aBadLastRowInTheLargestFileWritesNothing() throws IOException {
        Path dataset = generated(1_500, 7);
        Path operations = dataset.resolve("operations.csv");
        long lines = Files.readAllLines(operations).size();
        Files.writeString(operations, "91330100000000000X,gen-c1-s1,x\n", java.nio.file.StandardOpenOption.APPEND);

        ImportReport report = importing(dataset);

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).singleElement().asString().startsWith("operations.csv:" + (lines + 1) + ": uscc: invalid USCC");
        assertThat(count("Enterprise")).isZero();
        assertThat(count("Region")).isZero();
    }

    @Test
    void checkReportsTheSameErrorsAsAnImportAndWritesNothing() {
        var dataset = Datasets.copyOfBase().append("operations.csv", "91310115MA1K000016,no-such-segment,光刻胶");

        ImportReport check = importer.check(dataset.path(), ImportProgress.lines(line -> { }));

        assertThat(check.ok()).isFalse();
        assertThat(check.errors()).containsExactly(
                "operations.csv:6: segment_id: unknown segments id 'no-such-segment' (not in segments.csv nor in the store)");
        assertThat(count("Enterprise")).isZero();
    }

    @Test
    void oversizedValuesAreRowErrorsNotNeo4jFailures() {
        String longId = "s".repeat(10_000);
        var dataset = Datasets.copyOfBase()
                .append("segments.csv", longId + ",ic,超长环节,UPSTREAM,false,,")
                .replace("enterprises.csv", "上海芯澜", "芯".repeat(40_000));

        List<String> errors = errors(dataset);
        assertThat(errors).contains("segments.csv:6: id: the value is 10000 characters long; at most 100 are allowed");
        assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("enterprises.csv:2: name: the value is 400").endsWith("at most 200 are allowed"));
    }

    @Test
    void partOfCyclesAndParentsInAnotherChainAreRefused() {
        var dataset = Datasets.copyOfBase()
                .replace("regions.csv", "310000,上海市,PROVINCE,", "310000,上海市,PROVINCE,310115")
                .append("chains.csv", "pv,光伏,,")
                .append("segments.csv", "loop-a,ic,环A,UPSTREAM,false,,loop-b")
                .append("segments.csv", "loop-b,ic,环B,UPSTREAM,false,,loop-a")
                .append("segments.csv", "pv-cell,pv,电池片,MIDSTREAM,false,,ic-pkg");

        assertThat(errors(dataset)).contains(
                "regions.csv:2: parent_code: PART_OF cycle between regions: 310000 → 310115 → 310000",
                "segments.csv:6: parent_id: PART_OF cycle between segments: loop-a → loop-b → loop-a",
                "segments.csv:8: parent_id: parent segment 'ic-pkg' belongs to chain 'ic', not to 'pv'");
    }

    @Test
    void doubledColumnsExtraFieldsAndHiddenCharactersAreRefused() {
        var dataset = Datasets.copyOfBase()
                .replace("chains.csv", "id,name,name_en,description", "id,name,name_en,description,name")
                .append("operations.csv", "91310115MA1K000016,ic-fab,x,extra")
                .replace("enterprises.csv", "上海芯澜", "上海\u0000芯澜")
                .replace("segments.csv", "ic-fab,ic,", "ic-fab,ic,\u202Eabc");

        assertThat(errors(dataset)).contains(
                "chains.csv:1: name: the column is named twice (columns 2 and 5)",
                "operations.csv:6: -: the row has 4 fields, the header 3",
                "enterprises.csv:2: name: control character U+0000 at character 3 is not allowed");
        assertThat(errors(dataset)).anySatisfy(e -> assertThat(e).startsWith("segments.csv:").contains(
                "name: bidirectional control character U+202E at character 1 is not allowed"));
    }

    @Test
    void aWronglyCasedFileOrADanglingLinkIsRefusedAndUnknownFilesAreNamed() throws IOException {
        var dataset = Datasets.copyOfBase();
        Files.move(dataset.path().resolve("leaders.csv"), dataset.path().resolve("Leaders.csv"));
        Files.createSymbolicLink(dataset.path().resolve("bids.csv.tmp"), dataset.path().resolve("gone.csv"));
        Files.delete(dataset.path().resolve("attendance.csv"));
        Files.createSymbolicLink(dataset.path().resolve("attendance.csv"), dataset.path().resolve("gone.csv"));
        Files.writeString(dataset.path().resolve("notes.txt"), "hello", StandardCharsets.UTF_8);

        ImportReport report = importing(dataset.path());

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).contains(
                "Leaders.csv:0: -: dataset file names are lower case: rename it to leaders.csv",
                "attendance.csv:0: -: is a symbolic link to a missing file");
        assertThat(report.warnings()).contains("ignored notes.txt: not a file of the dataset format");
        assertThat(count("Enterprise")).isZero();
    }

    @Test
    void aBadByteIsReportedOnItsOwnLine() throws IOException {
        var dataset = Datasets.copyOfBase();
        var text = new StringBuilder(dataset.read("chains.csv"));
        for (int i = 0; i < 398; i++) {
            text.append("chain-").append(i).append(",产业链,,说明").append(i).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        // Line 300 (header, the base chain, then chain-0 on line 3): spoil the first byte of its description.
        String marker = "说明297\n";
        int at = text.indexOf(marker);
        int offset = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        bytes[offset] = (byte) 0xFF;
        Files.write(dataset.path().resolve("chains.csv"), bytes);

        assertThat(errors(dataset)).containsExactly("chains.csv:300: description: not valid UTF-8 at character 1 (save the file as UTF-8)");
    }

    private List<String> errors(Datasets dataset) {
        ImportReport report = importing(dataset.path());
        assertThat(report.ok()).isFalse();
        assertThat(count("Enterprise")).isZero();
        return report.errors();
    }

    @Test
    void aRefreshDeletesTheKeysUnderDeletesAfterItsUpserts() throws IOException {
        importing(Datasets.copyOfBase().path());
        assertThat(GraphSnapshot.of(graph)).anySatisfy(line -> assertThat(line).contains("uscc=91310112MA1K000031"));
        var refresh = Datasets.empty();
        Path deletes = Files.createDirectories(refresh.path().resolve("deletes"));
        Files.writeString(deletes.resolve("enterprises.csv"), "uscc\n91310112MA1K000031\n");
        Files.writeString(deletes.resolve("supplies.csv"), "supplier_uscc,customer_uscc,segment_id\n91310115MA1K000016,91310115MA1K000029,ic-resist\n");

        ImportReport report = importing(refresh.path());

        assertThat(report.errors()).isEmpty();
        assertThat(report.rowsPerFile()).containsEntry("deletes/enterprises.csv", 1).containsEntry("deletes/supplies.csv", 1);
        List<String> graphLines = GraphSnapshot.of(graph);
        assertThat(graphLines).noneSatisfy(line -> assertThat(line).contains("91310112MA1K000031"));
        assertThat(graphLines).noneSatisfy(line -> assertThat(line).contains("-[SUPPLIES {qualified=true, segment=ic-resist"));
        assertThat(graphLines).anySatisfy(line -> assertThat(line).contains("uscc=91310115MA1K000016"));
    }

    @Test
    void segmentPrioritiesAreWrittenUpdatedAndDeletedByKey() throws IOException {
        var base = Datasets.copyOfBase();
        Files.writeString(base.path().resolve("segment_priorities.csv"),
                "region_code,segment_id,weight,reason,source\n310000,ic-resist,0.4,资源禀赋不足,测试\n310115,ic-fab,1.5,,\n");
        assertThat(importing(base.path()).rowsPerFile()).containsEntry("segment_priorities.csv", 2);
        assertThat(GraphSnapshot.of(graph)).anySatisfy(line -> assertThat(line).contains("PRIORITISES {reason=资源禀赋不足, source=测试, weight=0.4}"));
        var refresh = Datasets.empty();
        Files.writeString(refresh.path().resolve("segment_priorities.csv"), "region_code,segment_id,weight\n310000,ic-resist,0.2\n");
        Path deletes = Files.createDirectories(refresh.path().resolve("deletes"));
        Files.writeString(deletes.resolve("segment_priorities.csv"), "region_code,segment_id\n310115,ic-fab\n");

        assertThat(importing(refresh.path()).errors()).isEmpty();
        var lines = GraphSnapshot.of(graph).stream().filter(line -> line.contains("PRIORITISES")).toList();
        assertThat(lines).as("reason and source blank in the refresh: removed, as every optional column").singleElement().asString()
                .contains("PRIORITISES {weight=0.2}");
    }

    @Test
    void deletingRegionsIsRefusedAndDeleteKeysAreChecked() throws IOException {
        importing(Datasets.copyOfBase().path());
        var refresh = Datasets.empty();
        Path deletes = Files.createDirectories(refresh.path().resolve("deletes"));
        Files.writeString(deletes.resolve("regions.csv"), "code\n310115\n");
        Files.writeString(deletes.resolve("enterprises.csv"), "uscc\n91310112MA1K000032\n");

        ImportReport report = importing(refresh.path());

        assertThat(report.ok()).isFalse();
        assertThat(report.errors()).contains(
                "deletes/regions.csv:0: -: rows of regions.csv cannot be deleted (firms and analytics depend on them)");
        assertThat(report.errors()).anySatisfy(e -> assertThat(e).startsWith("deletes/enterprises.csv:2: uscc: invalid USCC"));
        assertThat(GraphSnapshot.of(graph)).anySatisfy(line -> assertThat(line).contains("uscc=91310112MA1K000031"));
    }
}
