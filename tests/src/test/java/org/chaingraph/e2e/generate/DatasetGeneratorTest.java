package org.chaingraph.e2e.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.generate.DatasetGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated province has the shape the import and query benchmarks rely on. */
class DatasetGeneratorTest {

    static Path dataset;

    @BeforeAll
    static void generate() {
        dataset = EmbeddedStore.tempDirectory("generated-shape");
        new DatasetGenerator(new DatasetGenerator.Spec(20_000, 1, 8)).writeTo(dataset, line -> { });
    }

    private static List<String[]> rows(String file) throws IOException {
        return Files.readAllLines(dataset.resolve(file)).stream().skip(1).map(line -> line.split(",", -1)).toList();
    }

    private static Map<String, Long> countBy(String file, int column) throws IOException {
        return rows(file).stream().collect(Collectors.groupingBy(r -> r[column], Collectors.counting()));
    }

    @Test
    void designationsFollowTheLadderProportions() throws IOException {
        Map<String, Long> awards = countBy("designations.csv", 1);
        double innovative = awards.get("INNOVATIVE_SME");
        // About 34 : 8 : 1 (创新型 : 专精特新 : 小巨人); potential gazelles far more than unicorns.
        assertThat(awards.get("SPECIALIZED_SME") / innovative).isBetween(6.0 / 34, 10.0 / 34);
        assertThat(awards.get("LITTLE_GIANT") / innovative).isBetween(0.5 / 34, 2.0 / 34);
        assertThat(awards.get("POTENTIAL_GAZELLE")).isGreaterThan(10 * awards.getOrDefault("POTENTIAL_UNICORN", 0L));
    }

    @Test
    void mostFirmsAreSmallAndAFewDistrictsAreBig() throws IOException {
        Map<String, Long> scales = countBy("enterprises.csv", 3);
        assertThat((scales.get("MICRO") + scales.get("SMALL")) / 20_000.0).isGreaterThan(0.8);
        assertThat(scales.get("LARGE") / 20_000.0).isBetween(0.01, 0.05);
        var perDistrict = countBy("enterprises.csv", 2).values().stream().sorted().toList();
        long median = perDistrict.get(perDistrict.size() / 2);
        assertThat(perDistrict.get(perDistrict.size() - 1)).isGreaterThan(5 * median);
    }

    @Test
    void chainsHave20To40SegmentsAndSuppliesGoMostlyToLargeFirms() throws IOException {
        assertThat(countBy("segments.csv", 1).values()).hasSize(8).allSatisfy(n -> assertThat(n).isBetween(20L, 40L));
        Map<String, String> scaleOf = new HashMap<>();
        rows("enterprises.csv").forEach(r -> scaleOf.put(r[0], r[3]));
        Map<String, Long> customers = rows("supplies.csv").stream()
                .collect(Collectors.groupingBy(r -> scaleOf.get(r[1]), Collectors.counting()));
        long all = customers.values().stream().mapToLong(Long::longValue).sum();
        assertThat((double) customers.getOrDefault("LARGE", 0L) + customers.getOrDefault("MEDIUM", 0L)).isGreaterThan(0.6 * all);
        assertThat(rows("segment_flows.csv")).isNotEmpty();
        assertThat(rows("clusters.csv")).isNotEmpty();
        assertThat(rows("challenges.csv")).isNotEmpty();
        assertThat(rows("events.csv")).isNotEmpty();
    }

}
