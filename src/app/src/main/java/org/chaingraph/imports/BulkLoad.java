package org.chaingraph.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Loads a dataset into an <em>empty embedded</em> store with Neo4j's own bulk importer (the engine
 * of {@code neo4j-admin database import}), which writes store files directly instead of running
 * Cypher: an order of magnitude faster at province scale. The dataset is checked exactly as for
 * {@link DatasetImporter}, then translated into the importer's CSV dialect, loaded into a fresh
 * DBMS folder beside the store, and moved into place with one atomic rename — so a crash at any
 * moment leaves either no store or the whole one. The graph is the same as the Cypher path writes
 * (a test compares both); constraints and indexes are built when the store first opens.
 */
public final class BulkLoad {

    /** The DBMS folder a bulk load writes before it is renamed into place. */
    static final String LOADING = "neo4j.loading";

    private BulkLoad() {
    }

    /** Whether {@code dataDir} holds no embedded store yet (not even an empty one), so a bulk load may create it. */
    public static boolean applies(Path dataDir) {
        return !Files.exists(dataDir.resolve("neo4j"));
    }

    /** Removes what a bulk load killed before its rename left behind. */
    public static void discardUnfinished(Path dataDir) {
        Folders.delete(dataDir.resolve(LOADING));
    }

    /**
     * @param toolOutput where the bulk importer prints its own stage-by-stage progress
     */
    public static ImportReport load(Path directory, Path dataDir, int maxErrors, ImportProgress progress, PrintStream toolOutput) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir + ": " + e.getMessage(), e);
        }
        // Two bulk loads into one data directory would write the same neo4j.loading/: one at a time.
        try (var channel = FileChannel.open(dataDir.resolve(LOADING + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var lock = channel.tryLock()) {
            if (lock == null) {
                var errors = new ImportErrors(1);
                errors.add(dataDir.toString(), 0, "-", "another import is bulk-loading this data directory");
                return ImportReport.refused(directory, List.of(), errors, System.currentTimeMillis());
            }
            return loadLocked(directory, dataDir, maxErrors, progress, toolOutput);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportReport loadLocked(Path directory, Path dataDir, int maxErrors, ImportProgress progress, PrintStream toolOutput) {
        long started = System.currentTimeMillis();
        var errors = new ImportErrors(maxErrors);
        if (!Files.isDirectory(directory)) {
            errors.add(directory.toString(), 0, "-", "is not a directory");
            return ImportReport.refused(directory, List.of(), errors, started);
        }
        List<String> warnings = new ArrayList<>(DatasetDirectory.inspect(directory, errors, true));
        if (Files.isDirectory(directory.resolve(DatasetDirectory.DELETES))) {
            warnings.add("ignored deletes/: the store is empty, so there is nothing to delete");
        }
        if (errors.total() > 0) {
            return ImportReport.refused(directory, warnings, errors, started);
        }
        discardUnfinished(dataDir);
        var journal = new ImportJournal(dataDir.resolve("imports"));
        // There is no store, so nothing any earlier import staged can apply to it any more.
        journal.unfinished().forEach(journal::remove);
        progress.message("Staging a copy of " + directory + " …");
        ImportJournal.Entry entry = journal.stage(directory);
        try {
            // One pass: rows are translated as they are checked; the translation is used only if the check passes.
            var translation = new Translation(entry.folder().resolve("bulk"));
            var result = new DatasetValidator(DatasetValidator.StoreKeys.NONE, maxErrors)
                    .validate(entry.dataset(), progress, translation::translate);
            List<String> arguments = translation.finish();
            if (!result.ok()) {
                return ImportReport.refused(directory, warnings, result.errors(), started);
            }
            Path loading = dataDir.resolve(LOADING).toAbsolutePath();
            Files.createDirectories(loading.resolve("conf"));
            progress.message("Bulk-loading into a new store (Neo4j's importer) …");
            var context = new ExecutionContext(loading, loading.resolve("conf"), toolOutput, toolOutput, new DefaultFileSystemAbstraction());
            var command = new ArrayList<>(arguments);
            // Values spanning lines make the importer read each file in one thread (about 4 s more at
            // 200k firms): asked for only when the dataset has such a value.
            command.add("--multiline-fields=" + translation.multiline());
            command.addAll(List.of("--overwrite-destination=true", "--high-parallel-io=on",
                    "--report-file=" + entry.folder().resolve("bulk-report.txt"), "neo4j"));
            int code = new CommandLine(new ImportCommand.Full(context)).execute(command.toArray(String[]::new));
            if (code != 0) {
                throw new IllegalStateException("Neo4j's bulk importer failed (exit " + code + "); see " + entry.folder().resolve("bulk-report.txt"));
            }
            Folders.delete(loading.resolve("conf"));
            // The one step that makes the store appear: before it there is none, after it the whole one.
            Files.move(loading, dataDir.resolve("neo4j"), StandardCopyOption.ATOMIC_MOVE);
            var rows = new LinkedHashMap<String, Integer>();
            result.rows().forEach((file, count) -> {
                if (count > 0) {
                    rows.put(file.file, count.intValue());
                }
            });
            return new ImportReport(directory.toString(), true, rows, warnings, List.of(), 0, System.currentTimeMillis() - started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            journal.remove(entry);
            discardUnfinished(dataDir);
        }
    }

    /**
     * The dataset in the bulk importer's CSV dialect: one file per label and per relationship
     * type and end-point kinds, typed headers, ids in one space per label. Properties are named and
     * typed exactly as the {@code cypher/imports/} statements write them.
     */
    private static final class Translation {
        private final Path folder;
        private final Map<String, Out> files = new LinkedHashMap<>();
        private final Set<String> capabilities = new LinkedHashSet<>();
        private final Set<String> designations = new LinkedHashSet<>();

        Translation(Path folder) {
            this.folder = folder;
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Closes the files; the arguments that name them for the bulk importer. */
        List<String> finish() {
            try {
                var capabilityNodes = node("Capability", "name:ID(Capability)");
                for (String name : capabilities) {
                    capabilityNodes.row(name);
                }
                var designationNodes = node("Designation", "name:ID(Designation)");
                for (String name : designations) {
                    designationNodes.row(name);
                }
            } finally {
                for (Out out : files.values()) {
                    out.close();
                }
            }
            var arguments = new ArrayList<String>();
            for (Out out : files.values()) {
                arguments.add((out.node ? "--nodes=" : "--relationships=") + out.label + "=" + out.path.toAbsolutePath());
            }
            return arguments;
        }

        /** Whether a value written holds a line break. */
        boolean multiline() {
            return files.values().stream().anyMatch(out -> out.multiline);
        }

        void translate(DatasetFile file, Map<String, Object> v) {
            switch (file) {
                case REGIONS -> {
                    node("Region", "code:ID(Region),name,level").row(v.get("code"), v.get("name"), v.get("level"));
                    if (v.get("parent_code") != null) {
                        rel("PART_OF", "Region", "Region", "").row(v.get("code"), v.get("parent_code"));
                    }
                }
                case CHAINS -> node("Chain", "id:ID(Chain),name,nameEn,description")
                        .row(v.get("id"), v.get("name"), v.get("name_en"), v.get("description"));
                case SEGMENTS -> {
                    node("Segment", "id:ID(Segment),name,stage,critical:boolean").row(v.get("id"), v.get("name"), v.get("stage"), v.get("critical"));
                    rel("IN_CHAIN", "Segment", "Chain", "").row(v.get("id"), v.get("chain_id"));
                    for (Object capability : (List<?>) v.get("capabilities")) {
                        capabilities.add((String) capability);
                        rel("REQUIRES", "Segment", "Capability", "").row(v.get("id"), capability);
                    }
                    if (v.get("parent_id") != null) {
                        rel("PART_OF", "Segment", "Segment", "").row(v.get("id"), v.get("parent_id"));
                    }
                }
                case SEGMENT_FLOWS -> rel("FEEDS", "Segment", "Segment", ",kind").row(v.get("from_segment"), v.get("to_segment"), v.get("kind"));
                case ENTERPRISES -> {
                    node("Enterprise", "uscc:ID(Enterprise),name,scale,founded:long,revenue:double,rdRatio:double,employees:long,"
                            + "growth:double,growthPrev:double,listed:boolean,regionCode,ipClass1:long,mainBusinessRatio:double,debtRatio:double,"
                            + "equityFinancing2y:double")
                            .row(v.get("uscc"), v.get("name"), v.get("scale"), v.get("founded"), v.get("revenue"), v.get("rd_ratio"),
                                    v.get("employees"), v.get("growth"), v.get("growth_prev"), v.get("listed"), v.get("region_code"),
                                    v.get("ip_class1"), v.get("main_business_ratio"), v.get("debt_ratio"), v.get("equity_financing_2y"));
                    rel("LOCATED_IN", "Enterprise", "Region", "").row(v.get("uscc"), v.get("region_code"));
                    for (Object capability : (List<?>) v.get("capabilities")) {
                        capabilities.add((String) capability);
                        rel("HAS_CAPABILITY", "Enterprise", "Capability", "").row(v.get("uscc"), capability);
                    }
                }
                case DESIGNATIONS -> {
                    designations.add((String) v.get("designation"));
                    rel("HOLDS", "Enterprise", "Designation", ",level,year:long,expires:long,region")
                            .row(v.get("uscc"), v.get("designation"), v.get("level"), v.get("year"), v.get("expires"), v.get("region_code"));
                }
                case OPERATIONS -> rel("OPERATES_IN", "Enterprise", "Segment", ",mainProduct")
                        .row(v.get("uscc"), v.get("segment_id"), v.get("main_product"));
                case SUPPLIES -> rel("SUPPLIES", "Enterprise", "Enterprise", ",segment,since:long,qualified:boolean")
                        .row(v.get("supplier_uscc"), v.get("customer_uscc"), v.get("segment_id") == null ? Out.EMPTY : v.get("segment_id"),
                                v.get("since"), v.get("qualified"));
                case LEADERS -> rel("LEADS", "Enterprise", "Chain", ",region").row(v.get("uscc"), v.get("chain_id"), v.get("region_code"));
                case CLUSTERS -> {
                    node("Cluster", "id:ID(Cluster),name,type,level").row(v.get("id"), v.get("name"), v.get("type"), v.get("level"));
                    rel("LOCATED_IN", "Cluster", "Region", "").row(v.get("id"), v.get("region_code"));
                    for (Object chain : (List<?>) v.get("chain_ids")) {
                        rel("FOCUSES_ON", "Cluster", "Chain", "").row(v.get("id"), chain);
                    }
                }
                case MEMBERSHIPS -> rel("MEMBER_OF", "Enterprise", "Cluster", ",since:long,role")
                        .row(v.get("uscc"), v.get("cluster_id"), v.get("since"), v.get("role"));
                case CHALLENGES -> {
                    node("Challenge", "id:ID(Challenge),title,budget:double,deadline:date,status")
                            .row(v.get("id"), v.get("title"), v.get("budget"), v.get("deadline"), v.get("status"));
                    rel("ISSUED", "Enterprise", "Challenge", "").row(v.get("issuer_uscc"), v.get("id"));
                    rel("TARGETS", "Challenge", "Segment", "").row(v.get("id"), v.get("segment_id"));
                    for (Object capability : (List<?>) v.get("capabilities")) {
                        capabilities.add((String) capability);
                        rel("REQUIRES", "Challenge", "Capability", "").row(v.get("id"), capability);
                    }
                }
                case BIDS -> rel("BIDS_ON", "Enterprise", "Challenge", ",submitted:date,outcome")
                        .row(v.get("uscc"), v.get("challenge_id"), v.get("submitted"), v.get("outcome"));
                case EVENTS -> {
                    node("MatchmakingEvent", "id:ID(MatchmakingEvent),name,date:date,theme").row(v.get("id"), v.get("name"), v.get("date"), v.get("theme"));
                    rel("HELD_IN", "MatchmakingEvent", "Region", "").row(v.get("id"), v.get("region_code"));
                    if (v.get("chain_id") != null) {
                        rel("ABOUT", "MatchmakingEvent", "Chain", "").row(v.get("id"), v.get("chain_id"));
                    }
                }
                case ATTENDANCE -> rel("ATTENDS", "Enterprise", "MatchmakingEvent", ",side").row(v.get("uscc"), v.get("event_id"), v.get("side"));
                case TARGETS -> {
                    String id = DatasetFile.targetId(v);
                    List<?> also = v.get("also_designations") instanceof List<?> l ? l : List.of();
                    node("Target", "id:ID(Target),designation,year:long,count:long,level,basis,baseYear:long,source,alsoDesignations:string[],status,"
                            + "kind,minRevenue:double,clusterType,minLevel")
                            .row(id, v.get("designation"), v.get("year"), v.get("count"), v.get("level"), v.get("basis"), v.get("base_year"), v.get("source"),
                                    also.isEmpty() ? null : String.join(";", also.stream().map(String::valueOf).toList()), v.get("status"),
                                    v.get("kind"), v.get("min_revenue"), v.get("cluster_type"), v.get("min_level"));
                    rel("SETS", "Region", "Target", "").row(v.get("region_code"), id);
                }
                case INCENTIVES -> {
                    node("Incentive", "id:ID(Incentive),name,designation,trigger,amount:double,level,exclusiveGroup,source")
                            .row(v.get("id"), v.get("name"), v.get("designation"), v.get("trigger"), v.get("amount"), v.get("level"),
                                    v.get("exclusive_group"), v.get("source"));
                    rel("OFFERS", "Region", "Incentive", "").row(v.get("region_code"), v.get("id"));
                }
                case SEGMENT_PRIORITIES -> rel("PRIORITISES", "Region", "Segment", ",weight:double,reason,source")
                        .row(v.get("region_code"), v.get("segment_id"), v.get("weight"), v.get("reason"), v.get("source"));
            }
        }

        private Out node(String label, String header) {
            return files.computeIfAbsent("node:" + label, k -> new Out(folder.resolve("nodes-" + label + ".csv"), label, true, header));
        }

        private Out rel(String type, String from, String to, String properties) {
            return files.computeIfAbsent("rel:" + type + ":" + from + ":" + to, k -> new Out(
                    folder.resolve("rels-" + type + "-" + from + "-" + to + ".csv"), type, false,
                    ":START_ID(" + from + "),:END_ID(" + to + ")" + properties));
        }
    }

    /** One CSV file for the bulk importer: null = no property, {@link #EMPTY} = the empty string. */
    private static final class Out {
        static final Object EMPTY = new Object();

        final Path path;
        final String label;
        final boolean node;
        private final BufferedWriter writer;
        private final StringBuilder line = new StringBuilder(256);
        private boolean multiline;

        Out(Path path, String label, boolean node, String header) {
            this.path = path;
            this.label = label;
            this.node = node;
            try {
                this.writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                writer.write(header);
                writer.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void row(Object... values) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append(',');
                }
                Object value = values[i];
                if (value == EMPTY) {
                    line.append("\"\"");
                } else if (value != null) {
                    String text = value.toString();
                    if (value instanceof String) {
                        multiline |= text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
                        line.append('"').append(text.replace("\"", "\"\"")).append('"');
                    } else {
                        line.append(text);
                    }
                }
            }
            line.append('\n');
            try {
                writer.append(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void close() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
