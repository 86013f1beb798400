package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.Test;

/**
 * The query benchmark in seconds, so that it cannot rot: {@code chaingraph bench} generates a small
 * province, bulk-loads it, asks every question of the mix of ChainGraph, the raw driver and the
 * Neo4j GraphQL Library (installed by scripts/install-bench-peer.sh, as CI does), and writes its table.
 */
class BenchSmokeTest {

    private static final Path PEER = Path.of("../scripts/bench-peer");

    @Test
    void theBenchmarkRunsEveryQuestionOnEverySideWithoutErrors() throws Exception {
        Path work = EmbeddedStore.tempDirectory("bench-smoke");
        Path docs = work.resolve("benchmarks.md");
        Files.writeString(docs, "# Benchmarks\n\nText around the table stays.\n");
        var arguments = new ArrayList<>(List.of("bench", "--enterprises", "3000", "--data-dir", work.resolve("store").toString(),
                "--clients", "1,2", "--warmup", "0", "--seconds", "0", "--docs", docs.toString()));
        boolean peer = Files.isDirectory(PEER.resolve("node_modules"));
        if (peer) {
            arguments.addAll(List.of("--peer", "--peer-dir", PEER.toString()));
        } else {
            System.err.println("BenchSmokeTest: the Neo4j GraphQL Library is not installed (bash scripts/install-bench-peer.sh): "
                    + "measuring ChainGraph and the raw driver only");
        }

        var run = Cli.chaingraph(arguments.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        String table = Files.readString(docs);
        assertThat(table).startsWith("# Benchmarks\n\nText around the table stays.\n")
                .contains("<!-- query-benchmark 3000 begin -->", "<!-- query-benchmark 3000 end -->", "#### 1 client", "#### 2 clients")
                .doesNotContain("error", "Errors:");
        List<String> rows = table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| question")).toList();
        assertThat(rows).hasSize(2 * 18);
        // Lookups and pages: measured on all three sides (a figure, not "–", in the raw and peer columns).
        assertThat(rows.stream().filter(r -> r.startsWith("| enterprise by USCC") || r.startsWith("| page: ")
                || r.startsWith("| search") || r.startsWith("| cluster members"))).hasSize(2 * 7)
                .allSatisfy(r -> assertThat(r.split("\\|")[4].strip()).matches("[0-9.]+ / [0-9.]+ / [0-9.]+"))
                .allSatisfy(r -> assertThat(!peer || r.split("\\|")[6].strip().matches("[0-9.]+ / [0-9.]+ / [0-9.]+")).as(r).isTrue());
        // Every question answered by ChainGraph.
        assertThat(rows).allSatisfy(r -> assertThat(r.split("\\|")[2].strip()).matches("[0-9.]+ / [0-9.]+ / [0-9.]+"));
    }
}
