package org.chaingraph.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.chaingraph.cli.ChainGraphCommand;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code chaingraph import DIR --data-dir DIR}: exit status, report and what reaches the store. */
class ImportCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run chaingraph(String... arguments) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var outBytes = new ByteArrayOutputStream();
        var errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = new CommandLine(new ChainGraphCommand()).execute(arguments);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aDatasetWithABadRowIsRefusedNamingTheRowAndWritesNothing() throws Exception {
        Path dataset = EmbeddedStore.tempDirectory("bad-dataset");
        Files.writeString(dataset.resolve("regions.csv"), "code,name,level,parent_code\n310000,上海市,PROVINCE,\n310115,浦东新区,COUNTY,310000\n");
        Path store = EmbeddedStore.tempDirectory("cli-store");

        Run run = chaingraph("import", dataset.toString(), "--data-dir", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(
                "regions.csv:3: level: 'COUNTY' is not one of PROVINCE, CITY, DISTRICT",
                "refused: 1 error; nothing was written.");
        assertThat(Stores.contentsOf(store)).isEmpty();
    }

    @Test
    void aValidDatasetIsImportedWithAReportOfRowsPerFile() {
        Path store = EmbeddedStore.tempDirectory("cli-store");

        Run run = chaingraph("import", "src/test/resources/datasets/import-base", "--data-dir", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("enterprises.csv: 4 rows written in", "Imported src/test/resources/datasets/import-base: 38 rows from 17 files");
        assertThat(Stores.contentsOf(store)).contains("Enterprise:91310115MA1K000029 -[LEADS {region=310000}]-> Chain:ic");
    }
}
