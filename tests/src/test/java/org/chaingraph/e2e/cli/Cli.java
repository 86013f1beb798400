package org.chaingraph.e2e.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.chaingraph.cli.ChainGraphCommand;
import picocli.CommandLine;

/** Runs the {@code chaingraph} command line in this JVM and captures what it prints. */
final class Cli {

    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    static Run chaingraph(String... arguments) {
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
}
