package org.chaingraph.e2e.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.gaps.CoverageCounts;
import org.chaingraph.generate.DatasetGenerator;
import org.chaingraph.imports.BulkLoad;
import org.chaingraph.imports.DatasetImporter;
import org.chaingraph.imports.ImportProgress;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The coverage counts that chainGaps and chainMap sum (gaps/CoverageCounts) give exactly what
 * counting the firms gives, are built for a bulk-loaded store at start-up and again by every import,
 * and are never used while the data has moved past them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CoverageCountsTest {

    private static final List<Integer> YEARS = List.of(2016, 2021, 2025);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        Path dataset = EmbeddedStore.tempDirectory("coverage-dataset");
        new DatasetGenerator(new DatasetGenerator.Spec(3_000, 7, 3)).writeTo(dataset, line -> { });
        Path dataDir = EmbeddedStore.tempDirectory("coverage-store");
        var report = BulkLoad.load(dataset, dataDir, 20, ImportProgress.lines(line -> { }), new PrintStream(OutputStream.nullOutputStream()));
        assertThat(report.ok()).as(report.summary()).isTrue();
        registry.add("chaingraph.neo4j.data-dir", dataDir::toString);
        registry.add("chaingraph.neo4j.page-cache", () -> "64m");
        registry.add("chaingraph.dataset", () -> "");
    }

    @Autowired
    Graph graph;

    @Autowired
    CoverageCounts coverage;

    @Autowired
    DatasetImporter importer;

    @Test
    void aBulkLoadedStoreIsCountedAtStartUpAndTheCountsEqualCountingTheFirms() {
        assertThat(coverage.current()).isTrue();
        var counted = coverageOfSubjects();

        graph.write("testing/forget-coverage", Map.of(), r -> r);
        assertThat(coverage.current()).isFalse();
        var fromFirms = coverageOfSubjects();
        coverage.rebuild(line -> { });

        assertThat(counted).isEqualTo(fromFirms);
        var rows = counted.stream().flatMap(List::stream).toList();
        assertThat(rows).as("segments with local operators").hasSizeGreaterThan(100);
        assertThat(rows).as("some segments with quality firms and some without")
                .anyMatch(row -> (long) row.get("q") > 0).anyMatch(row -> (long) row.get("q") < (long) row.get("n"));
    }

    @Test
    void dataChangedAfterTheCountsIsCountedFromTheFirmsUntilTheNextCount() {
        var firm = graph.readOne("testing/plain-operator", Map.of(), r -> r.asMap()).orElseThrow();
        String uscc = (String) firm.get("uscc");
        Map<String, Object> parameters = Map.of("chainId", firm.get("chain"), "regionCode", firm.get("region"), "year", 2025);
        long qualityBefore = qualityTotal(parameters);
        try {
            graph.write("testing/set-scale", Map.of("uscc", uscc, "scale", "LARGE"), r -> r);

            assertThat(coverage.current()).as("counts behind the data are not current").isFalse();
            assertThat(qualityTotal(parameters)).as("the firm, now LARGE, is a quality firm in every segment it operates in of the chain")
                    .isGreaterThan(qualityBefore);
            long fromFirms = qualityTotal(parameters);

            assertThat(coverage.rebuild(line -> { })).isTrue();
            assertThat(qualityTotal(parameters)).isEqualTo(fromFirms);
        } finally {
            graph.write("testing/set-scale", Map.of("uscc", uscc, "scale", firm.get("scale")), r -> r);
            coverage.rebuild(line -> { });
        }
        assertThat(qualityTotal(parameters)).isEqualTo(qualityBefore);
    }

    @Test
    void anImportCountsAgain() {
        var report = importer.importDirectory(Path.of("src/test/resources/datasets/import-base"), line -> { });
        assertThat(report.ok()).as(report.summary()).isTrue();

        assertThat(coverage.current()).isTrue();
        var counted = graph.read("gaps/segment-coverage", Map.of("chainId", "ic", "regionCode", "310000", "year", 2025), r -> r.asMap());
        graph.write("testing/forget-coverage", Map.of(), r -> r);
        var fromFirms = graph.read("gaps/segment-coverage", Map.of("chainId", "ic", "regionCode", "310000", "year", 2025), r -> r.asMap());
        coverage.rebuild(line -> { });

        assertThat(counted).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromFirms);
    }

    @Test
    void firmsDeletedByAnImportLeaveNoCountsBehind() throws Exception {
        assertThat(importer.importDirectory(Path.of("src/test/resources/datasets/import-base"), line -> { }).ok()).isTrue();
        Path deletes = EmbeddedStore.tempDirectory("coverage-deletes");
        Files.createDirectories(deletes.resolve("deletes"));
        Files.writeString(deletes.resolve("deletes/enterprises.csv"), "uscc\n91310115MA1K000016\n91310115MA1K000029\n91310112MA1K000031\n");
        var parameters = Map.<String, Object>of("chainId", "ic", "regionCode", "310000", "year", 2025);
        assertThat(graph.read("gaps/segment-coverage", parameters, r -> r.asMap())).isNotEmpty();

        var report = importer.importDirectory(deletes, line -> { });

        assertThat(report.ok()).as(report.summary()).isTrue();
        assertThat(coverage.current()).isTrue();
        assertThat(graph.read("gaps/segment-coverage", parameters, r -> r.asMap())).as("上海's only firms are gone").isEmpty();
        assertThat(importer.importDirectory(Path.of("src/test/resources/datasets/import-base"), line -> { }).ok()).isTrue();
    }

    @Test
    void aYearOutsideTheCountsIsCountedFromTheFirms() {
        var firm = graph.readOne("testing/plain-operator", Map.of(), r -> r.asMap()).orElseThrow();
        var parameters = Map.<String, Object>of("chainId", firm.get("chain"), "regionCode", firm.get("region"), "year", CoverageCounts.TO_YEAR + 1);
        var withCountsCurrent = graph.read("gaps/segment-coverage", parameters, r -> r.asMap());

        graph.write("testing/forget-coverage", Map.of(), r -> r);
        var fromFirms = graph.read("gaps/segment-coverage", parameters, r -> r.asMap());
        coverage.rebuild(line -> { });

        assertThat(withCountsCurrent).isNotEmpty().containsExactlyInAnyOrderElementsOf(fromFirms)
                .allSatisfy(row -> assertThat(row.get("q")).as("a count, not a year past the counted ones").isInstanceOf(Long.class));
    }

    /** Per chain, region (the province, every city, five districts) and year: the rows of gaps/segment-coverage, sorted. */
    private List<List<Map<String, Object>>> coverageOfSubjects() {
        var subjects = graph.read("testing/coverage-subjects", Map.of(), r -> r.asMap());
        var result = new ArrayList<List<Map<String, Object>>>();
        int districts = 0;
        for (var subject : subjects) {
            String region = (String) subject.get("region");
            if (region.endsWith("00") || districts++ < 5) {
                for (Object chain : (List<?>) subject.get("chains")) {
                    for (int year : YEARS) {
                        var rows = new ArrayList<>(graph.read("gaps/segment-coverage",
                                Map.of("chainId", chain, "regionCode", region, "year", year), r -> r.asMap()));
                        rows.sort((a, b) -> ((String) a.get("segment")).compareTo((String) b.get("segment")));
                        result.add(rows);
                    }
                }
            }
        }
        return result;
    }

    private long qualityTotal(Map<String, Object> parameters) {
        return graph.read("gaps/segment-coverage", parameters, r -> r.get("q").asLong()).stream().mapToLong(Long::longValue).sum();
    }
}
