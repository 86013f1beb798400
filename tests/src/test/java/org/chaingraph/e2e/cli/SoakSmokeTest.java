package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.Test;

/**
 * The soak run in seconds, so that it cannot rot: {@code chaingraph soak} generates a small
 * province, loads it, and runs the query mix beside writers; every request succeeds, and the
 * writes reach the store (the challenges they published are closed).
 */
class SoakSmokeTest {

    @Test
    void aShortSoakRunsTheMixedLoadWithoutErrorsAndReportsEachInterval() {
        Path store = EmbeddedStore.tempDirectory("soak-smoke").resolve("store");

        var run = Cli.chaingraph("soak", "--enterprises", "1500", "--data-dir", store.toString(),
                "--seconds", "6", "--report-every", "2", "--clients", "2", "--writers", "1", "--write-pause-ms", "0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("Soaking for 6 s: 2 readers", "0 errors;", "PASSED")
                .containsPattern("\\n +2 s +[0-9,]+ requests +0 errors +p50 +[0-9.]+ ms +p95 +[0-9.]+ ms +p99 +[0-9.]+ ms +heap after GC +[0-9,]+ MiB")
                .containsPattern("\\([1-9][0-9,]* writes\\)");
        assertThat(Stores.contentsOf(store)).anySatisfy(line -> assertThat(line).contains("title=耐久测试榜单").contains("status=CLOSED"));
    }
}
