package org.chaingraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.audit.AuditTrail;
import org.chaingraph.bench.Benchmark;
import org.chaingraph.gaps.CoverageCounts;
import org.chaingraph.generate.DatasetGenerator;
import org.chaingraph.imports.BulkLoad;
import org.chaingraph.imports.ConsoleProgress;
import org.chaingraph.imports.DatasetImporter;
import org.chaingraph.imports.Encoding;
import org.chaingraph.imports.ImportProgress;
import org.chaingraph.imports.ImportReport;
import org.chaingraph.imports.Workbooks;
import org.chaingraph.neo4j.CypherStatements;
import org.chaingraph.neo4j.EmbeddedNeo4j;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.neo4j.Neo4jConfiguration;
import org.chaingraph.security.Caller;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command line (README, docs/importing.md, docs/benchmarks.md): {@code serve}, {@code import}, {@code template}, {@code generate}, {@code bench} and {@code soak}. */
@Command(name = "chaingraph", mixinStandardHelpOptions = true,
        description = "GraphQL API over a Neo4j knowledge graph of industry chains and enterprises.",
        subcommands = {ChainGraphCommand.Serve.class, ChainGraphCommand.Import.class, ChainGraphCommand.Template.class, ChainGraphCommand.Generate.class,
                ChainGraphCommand.Bench.class, ChainGraphCommand.Soak.class})
public class ChainGraphCommand implements Callable<Integer> {

    public static void main(String[] args) {
        var commandLine = new CommandLine(new ChainGraphCommand());
        int code = commandLine.execute(args.length == 0 ? new String[] {"serve"} : args);
        // serve returns once the server is up; its threads keep the JVM alive until SIGTERM.
        var parsed = commandLine.getParseResult();
        boolean serving = code == 0 && parsed != null && parsed.subcommand() != null
                && parsed.subcommand().commandSpec().userObject() instanceof Serve;
        if (!serving) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.out);
        return 0;
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Start the GraphQL API (embedded Neo4j unless NEO4J_URI is set).")
    static class Serve implements Callable<Integer> {
        @Option(names = "--port", description = "HTTP port (default 8080).")
        Integer port;

        @Option(names = "--data-dir", description = "Where the embedded store lives (default ./data).")
        Path dataDir;

        @Option(names = "--dataset", description = "Dataset loaded into an empty store (default seeds/demo).")
        Path dataset;

        @CommandLine.Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            var arguments = new ArrayList<>(springArguments);
            if (port != null) {
                arguments.add("--server.port=" + port);
            }
            if (dataDir != null) {
                arguments.add("--chaingraph.neo4j.data-dir=" + dataDir);
            }
            if (dataset != null) {
                arguments.add("--chaingraph.dataset=" + dataset);
            }
            new SpringApplicationBuilder(ChainGraphApplication.class).run(arguments.toArray(String[]::new));
            return 0;
        }
    }

    @Command(name = "bench", mixinStandardHelpOptions = true,
            description = "Measure the query mix (docs/benchmarks.md) against ChainGraph, the raw driver and, with --peer, "
                    + "the Neo4j GraphQL Library, over one embedded store; generates and imports the store first if it is empty.")
    static class Bench implements Callable<Integer> {
        @CommandLine.Mixin
        GeneratedStore store;

        @Option(names = "--clients", split = ",", defaultValue = "1,4,16", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
        List<Integer> clients;

        @Option(names = "--warmup", defaultValue = "2", description = "Seconds of unrecorded warm-up per cell (default ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--seconds", defaultValue = "5", description = "Seconds measured per cell (default ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--peer", description = "Also measure the Neo4j GraphQL Library (install it with scripts/install-bench-peer.sh).")
        boolean peer;

        @Option(names = "--peer-dir", defaultValue = "scripts/bench-peer", description = "Where the peer is installed (default ${DEFAULT-VALUE}).")
        Path peerDir;

        @Option(names = "--docs", description = "Write the table into this Markdown file (its section for this store size), e.g. docs/benchmarks.md.")
        Path docs;

        @Option(names = "--no-cache", negatable = false,
                description = "Run ChainGraph with its result cache off (chaingraph.cache.enabled=false): every answer computed.")
        boolean noCache;

        @Option(names = "--only", description = "Only the questions whose name contains this (repeatable).")
        List<String> only = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            int code = store.ensure();
            if (code != 0) {
                return code;
            }
            var options = new Benchmark.Options(store.path(), clients, Duration.ofSeconds(warmup), Duration.ofSeconds(seconds),
                    peer ? peerDir : null, docs, Set.copyOf(only), !noCache);
            new Benchmark(options, System.out).run();
            return 0;
        }
    }

    /** The store {@code bench} and {@code soak} run over: generated and imported first when it is empty. */
    static class GeneratedStore {
        @Option(names = "--enterprises", defaultValue = "200000",
                description = "Firms to generate when the store is empty (default ${DEFAULT-VALUE}).")
        int enterprises;

        @Option(names = "--data-dir", description = "The store (default ./bench-data/<enterprises>).")
        Path dataDir;

        Path path() {
            return dataDir == null ? Path.of("bench-data", Integer.toString(enterprises)) : dataDir;
        }

        /** Fills an empty store with a generated province; the exit code of doing so (0 when it had data). */
        int ensure() {
            Path store = path();
            if (!BulkLoad.applies(store)) {
                return 0;
            }
            Path dataset = store.resolveSibling(store.getFileName() + "-dataset");
            var cli = new CommandLine(new ChainGraphCommand());
            int code = cli.execute("generate", "--enterprises", Integer.toString(enterprises), "--out", dataset.toString());
            return code == 0 ? cli.execute("import", dataset.toString(), "--data-dir", store.toString()) : code;
        }
    }

    @Command(name = "soak", mixinStandardHelpOptions = true,
            description = "Run ChainGraph under a mixed read/write load on loopback for a fixed time and report errors, "
                    + "p50/p95/p99 and the heap after GC per interval (docs/security.md); exits 1 on any error or heap growth. "
                    + "Generates and imports the store first if it is empty.")
    static class Soak implements Callable<Integer> {
        /** Its writes go into the store: use a copy. */
        @CommandLine.Mixin
        GeneratedStore store;

        @Option(names = "--seconds", defaultValue = "600", description = "How long to run (default ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--report-every", defaultValue = "60", description = "Seconds per reported interval (default ${DEFAULT-VALUE}).")
        int reportEvery;

        @Option(names = "--clients", defaultValue = "4", description = "Readers asking the query mix (default ${DEFAULT-VALUE}).")
        int readers;

        @Option(names = "--writers", defaultValue = "1", description = "Writers publishing, bidding on and closing challenges (default ${DEFAULT-VALUE}).")
        int writers;

        @Option(names = "--write-pause-ms", defaultValue = "1000", description = "Pause after each writer's cycle (default ${DEFAULT-VALUE}).")
        int writePause;

        @Override
        public Integer call() throws Exception {
            int code = store.ensure();
            if (code != 0) {
                return code;
            }
            var options = new org.chaingraph.bench.Soak.Options(store.path(), Duration.ofSeconds(seconds), Duration.ofSeconds(reportEvery),
                    readers, writers, Duration.ofMillis(writePause));
            return new org.chaingraph.bench.Soak(options, System.out).run().ok() ? 0 : 1;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write a synthetic dataset in the contract format (deterministic for a seed), e.g. for scale tests.")
    static class Generate implements Callable<Integer> {
        @Option(names = "--enterprises", defaultValue = "200000", description = "Number of firms (default ${DEFAULT-VALUE}).")
        int enterprises;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed; the same seed writes the same files (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--chains", defaultValue = "8", description = "Number of industry chains, 1-40 (default ${DEFAULT-VALUE}).")
        int chains;

        @Option(names = "--out", required = true, description = "Directory to write the CSV files into (created if absent).")
        Path out;

        @Override
        public Integer call() {
            long started = System.nanoTime();
            DatasetGenerator.Spec spec;
            try {
                spec = new DatasetGenerator.Spec(enterprises, seed, chains);
            } catch (IllegalArgumentException e) {
                System.err.println("chaingraph generate: " + e.getMessage());
                return 2;
            }
            System.out.printf("Generating %,d enterprises, %d chains (seed %d) into %s%n", enterprises, chains, seed, out);
            var written = new DatasetGenerator(spec).writeTo(out, System.out::println);
            System.out.printf("Wrote %,d rows in %d files in %.1f s%n", written.totalRows(), written.files().size(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        }
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Write the .xlsx workbook a data office fills in: one sheet per dataset file with Chinese headers, "
                    + "drop-downs of allowed values, and a 说明 sheet describing every column.")
    static class Template implements Callable<Integer> {
        @Option(names = "--out", defaultValue = "chaingraph-dataset.xlsx", description = "The workbook to write (default ${DEFAULT-VALUE}).")
        Path out;

        @Override
        public Integer call() throws Exception {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            try (var file = java.nio.file.Files.newOutputStream(out)) {
                Workbooks.template(file);
            }
            System.out.println("Wrote " + out + ": fill in its sheets, then: ./chaingraph import " + out + " --check");
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a dataset (a directory of CSV files, or an .xlsx workbook); writes nothing and exits 1 when any row is bad.")
    static class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "Dataset directory (CSV files in UTF-8 or GB18030/GBK, English or "
                + "Chinese headers) or .xlsx workbook (one sheet per file): docs/importing.md.")
        Path directory;

        @Option(names = "--data-dir", description = "Where the embedded store lives (default ./data).")
        Path dataDir;

        @Option(names = "--check", description = "Only check the dataset and print the report; write nothing. "
                + "With --data-dir (or NEO4J_URI), references may also point at that store's keys.")
        boolean check;

        @Option(names = "--encoding", defaultValue = "auto", description = "Encoding of the CSV files: auto (default: UTF-8, "
                + "or GB18030 when a file's start is not UTF-8), UTF-8, GB18030 or GBK.")
        String encoding;

        @Option(names = "--transactional", description = "Write through Cypher transactions even into an empty store "
                + "(default: an empty embedded store is bulk-loaded by Neo4j's importer, much faster).")
        boolean transactional;

        @CommandLine.Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() {
            try {
                Encoding.force(encoding);
            } catch (IllegalArgumentException e) {
                System.err.println("chaingraph import: --encoding: " + e.getMessage());
                return 2;
            }
            try {
                return Workbooks.isWorkbook(directory) ? importWorkbook() : importDataset();
            } finally {
                Encoding.force(null);
            }
        }

        private int importWorkbook() {
            Path given = directory;
            System.out.println("Reading the workbook " + given + " (a sheet's rows are the lines the report names: enterprises.csv:57 is "
                    + "row 57 of the sheet enterprises) …");
            try (var sheets = Workbooks.open(given)) {
                sheets.notes().forEach(note -> System.err.println("warning: " + note));
                directory = sheets.directory();
                shownAs = given;
                return importDataset();
            } catch (java.io.IOException e) {
                System.err.println("chaingraph import: " + e.getMessage());
                return 1;
            } finally {
                directory = given;
                shownAs = null;
            }
        }

        /** The dataset as the user named it: the workbook, when the rows come from one. */
        private Path shownAs;

        private ImportReport shown(ImportReport report) {
            return shownAs == null ? report : new ImportReport(shownAs.toString(), report.ok(), report.rowsPerFile(), report.warnings(),
                    report.errors(), report.errorCount(), report.millis());
        }

        private int importDataset() {
            ImportProgress progress = ConsoleProgress.forTerminalOr(System.out);
            boolean external = System.getenv("NEO4J_URI") != null && !System.getenv("NEO4J_URI").isBlank();
            if (check && dataDir == null && !external) {
                System.out.println("Checking " + directory + " (no store: references must resolve inside the dataset) …");
                ImportReport report = shown(DatasetImporter.checkWithoutStore(directory, progress, 200));
                report.print(System.out, System.err, "Checked");
                return report.ok() ? 0 : 1;
            }
            var arguments = new ArrayList<>(springArguments);
            arguments.add("--chaingraph.dataset=");
            arguments.add("--logging.level.root=WARN");
            if (dataDir != null) {
                arguments.add("--chaingraph.neo4j.data-dir=" + dataDir);
            }
            Path store = dataDir == null ? Path.of("data") : dataDir;
            if (!external && !check && !transactional && BulkLoad.applies(store)) {
                return bulkLoad(store, progress);
            }
            System.out.println(external ? "Connecting to " + System.getenv("NEO4J_URI") + " …"
                    : "Opening the store in " + store.toAbsolutePath() + " (embedded Neo4j) …");
            var interrupted = new AtomicBoolean();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> interrupted.set(true)));
            try (var context = started(external, arguments)) {
                var importer = context.getBean(DatasetImporter.class);
                ImportReport report = shown(check ? importer.check(directory, progress) : importer.importDirectory(directory, progress));
                if (!check) {
                    audited(context.getBean(AuditTrail.class), report);
                }
                report.print(System.out, System.err, check ? "Checked" : "Imported");
                return report.ok() ? 0 : 1;
            } catch (RuntimeException e) {
                if (storeInUse(e)) {
                    System.err.println("chaingraph import: the store in " + store.toAbsolutePath() + " is in use by another process "
                            + "(a running ChainGraph server?). Stop it first, or import through the server: "
                            + "POST /admin/imports (docs/importing.md).");
                    return 3;
                }
                if (interrupted.get()) {
                    System.err.println("chaingraph import: interrupted. Nothing is half-written: an import that had started "
                            + "writing is completed by the next start of chaingraph (serve or import) on this store.");
                    return 130;
                }
                throw e;
            }
        }

        /** The application without its web server, saying every few seconds that it is still starting. */
        private static ConfigurableApplicationContext started(boolean external, List<String> arguments) {
            try (var heartbeat = Heartbeat.every(Duration.ofSeconds(5), seconds -> System.out.printf("  … %s (%d s)%n",
                    external ? "connecting and checking the schema" : "starting Neo4j and checking the schema", seconds))) {
                return new SpringApplicationBuilder(ChainGraphApplication.class)
                        .web(WebApplicationType.NONE)
                        .bannerMode(Banner.Mode.OFF)
                        .logStartupInfo(false)
                        .run(arguments.toArray(String[]::new));
            }
        }

        /** An empty embedded store: Neo4j's bulk importer writes it, then the first open builds its indexes. */
        private int bulkLoad(Path store, ImportProgress progress) {
            System.out.println("The store in " + store.toAbsolutePath() + " is empty: loading it with Neo4j's bulk importer …");
            ImportReport report = shown(BulkLoad.load(directory, store, 200, progress, System.out));
            if (!report.ok()) {
                report.print(System.out, System.err, "Imported");
                return 1;
            }
            long started = System.nanoTime();
            System.out.println("Opening the new store: building constraints and indexes …");
            // Neo4j and the driver alone, without the application around them: only the schema is needed here.
            String pageCache = springArguments.stream().filter(a -> a.startsWith("--chaingraph.neo4j.page-cache="))
                    .map(a -> a.substring(a.indexOf('=') + 1)).reduce((a, b) -> b).orElse("512m");
            EmbeddedNeo4j opened;
            try (var heartbeat = Heartbeat.every(Duration.ofSeconds(5), seconds -> System.out.printf("  … starting Neo4j (%d s)%n", seconds))) {
                opened = EmbeddedNeo4j.start(store.resolve("neo4j"), 0, pageCache);
            }
            try (var neo4j = opened;
                 var driver = GraphDatabase.driver(neo4j.boltUri(), neo4j.authToken())) {
                var graph = new Graph(driver, "neo4j", new CypherStatements());
                graph.runScript("schema/schema", System.out::println);
                graph.awaitIndexes(Neo4jConfiguration.INDEX_TIMEOUT, System.out::println);
                System.out.printf("  constraints and indexes ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
                new CoverageCounts(graph).rebuild(System.out::println);
                audited(AuditTrail.over(graph), report);
            }
            new ImportReport(report.dataset(), true, report.rowsPerFile(), report.warnings(), List.of(), 0,
                    report.millis() + (System.nanoTime() - started) / 1_000_000).print(System.out, System.err, "Imported");
            return 0;
        }

        /** The import in the audit trail, as the server records its own: who, the dataset, rows, outcome. */
        private void audited(AuditTrail audit, ImportReport report) {
            var arguments = new java.util.LinkedHashMap<String, Object>();
            arguments.put(shownAs == null ? "directory" : "workbook", (shownAs == null ? directory : shownAs).toAbsolutePath().normalize().toString());
            arguments.put("via", "command line");
            arguments.put("rows", report.totalRows());
            audit.record(Caller.commandLine(), "import", arguments, List.of(), report.ok() ? "SUCCEEDED" : "REFUSED");
        }

        private static boolean storeInUse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof EmbeddedNeo4j.StoreInUseException) {
                    return true;
                }
            }
            return false;
        }
    }
}
