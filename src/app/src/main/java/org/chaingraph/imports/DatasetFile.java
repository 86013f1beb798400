package org.chaingraph.imports;

import static org.chaingraph.imports.Column.bool;
import static org.chaingraph.imports.Column.date;
import static org.chaingraph.imports.Column.decimal;
import static org.chaingraph.imports.Column.freeText;
import static org.chaingraph.imports.Column.integer;
import static org.chaingraph.imports.Column.key;
import static org.chaingraph.imports.Column.list;
import static org.chaingraph.imports.Column.listOf;
import static org.chaingraph.imports.Column.oneOf;
import static org.chaingraph.imports.Column.text;
import static org.chaingraph.imports.Column.uscc;
import static org.chaingraph.imports.Column.year;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.chaingraph.clusters.ClusterType;
import org.chaingraph.cultivation.TargetKind;
import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;

/**
 * The 17 files of a dataset (docs/contracts.md §3) and the optional 18th, segment_priorities.csv, in the order they are written: a file comes after
 * every file it refers to. Each names its columns, its key and the statement that writes it.
 */
enum DatasetFile {
    REGIONS("regions.csv", List.of("code"), List.of(
            key("code").required(),
            text("name").required(),
            oneOf("level", List.of("PROVINCE", "CITY", "DISTRICT")).required(),
            key("parent_code").references(Reference.REGION))),
    CHAINS("chains.csv", List.of("id"), List.of(
            key("id").required(),
            text("name").required(),
            text("name_en"),
            freeText("description"))),
    SEGMENTS("segments.csv", List.of("id"), List.of(
            key("id").required(),
            key("chain_id").required().references(Reference.CHAIN),
            text("name").required(),
            oneOf("stage", List.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM")).required(),
            bool("critical").orElse(false),
            list("capabilities"),
            key("parent_id").references(Reference.SEGMENT)),
            row -> Objects.equals(row.get("id"), row.get("parent_id"))
                    ? Optional.of(new RowProblem("parent_id", "a segment cannot be its own parent")) : Optional.empty()),
    SEGMENT_FLOWS("segment_flows.csv", List.of("from_segment", "to_segment"), List.of(
            key("from_segment").required().references(Reference.SEGMENT),
            key("to_segment").required().references(Reference.SEGMENT),
            // SUPPLY: the upstream segment's firms sell to the downstream's; PROCESS: work is handed on
            // downstream, but the downstream firm serves the upstream one (fabless design → foundry).
            oneOf("kind", List.of("SUPPLY", "PROCESS")).orElse("SUPPLY")),
            row -> Objects.equals(row.get("from_segment"), row.get("to_segment"))
                    ? Optional.of(new RowProblem("to_segment", "a segment cannot feed itself")) : Optional.empty()),
    ENTERPRISES("enterprises.csv", List.of("uscc"), List.of(
            uscc("uscc").required(),
            text("name").required(),
            key("region_code").required().references(Reference.REGION),
            oneOf("scale", List.of("MICRO", "SMALL", "MEDIUM", "LARGE")).required(),
            year("founded"),
            decimal("revenue"),
            decimal("rd_ratio"),
            integer("employees"),
            decimal("growth"),
            decimal("growth_prev"),
            bool("listed").orElse(false),
            list("capabilities"),
            // Optional figures for published designation criteria (docs/importing.md); blank = unknown.
            integer("ip_class1"),
            decimal("main_business_ratio"),
            decimal("debt_ratio"),
            decimal("equity_financing_2y")),
            DatasetFile::checkEnterpriseFigures),
    DESIGNATIONS("designations.csv", List.of("uscc", "designation", "level", "year"), List.of(
            uscc("uscc").required().references(Reference.ENTERPRISE),
            oneOf("designation", Designation.names()).required(),
            oneOf("level", Level.names()).required(),
            year("year").required(),
            year("expires"),
            key("region_code").references(Reference.REGION)),
            row -> row.get("expires") instanceof Long expires && row.get("year") instanceof Long year && expires < year
                    ? Optional.of(new RowProblem("expires", "expires " + expires + " is before the award year " + year))
                    : Optional.empty()),
    OPERATIONS("operations.csv", List.of("uscc", "segment_id"), List.of(
            uscc("uscc").required().references(Reference.ENTERPRISE),
            key("segment_id").required().references(Reference.SEGMENT),
            freeText("main_product"))),
    SUPPLIES("supplies.csv", List.of("supplier_uscc", "customer_uscc", "segment_id"), List.of(
            uscc("supplier_uscc").required().references(Reference.ENTERPRISE),
            uscc("customer_uscc").required().references(Reference.ENTERPRISE),
            key("segment_id").references(Reference.SEGMENT),
            year("since"),
            bool("qualified").orElse(false)),
            row -> Objects.equals(row.get("supplier_uscc"), row.get("customer_uscc"))
                    ? Optional.of(new RowProblem("customer_uscc", "an enterprise cannot supply itself")) : Optional.empty()),
    LEADERS("leaders.csv", List.of("uscc", "chain_id", "region_code"), List.of(
            uscc("uscc").required().references(Reference.ENTERPRISE),
            key("chain_id").required().references(Reference.CHAIN),
            key("region_code").required().references(Reference.REGION))),
    CLUSTERS("clusters.csv", List.of("id"), List.of(
            key("id").required(),
            text("name").required(),
            oneOf("type", clusterTypes()).required(),
            oneOf("level", Level.names()),
            key("region_code").required().references(Reference.REGION),
            list("chain_ids").references(Reference.CHAIN))),
    MEMBERSHIPS("memberships.csv", List.of("cluster_id", "uscc"), List.of(
            key("cluster_id").required().references(Reference.CLUSTER),
            uscc("uscc").required().references(Reference.ENTERPRISE),
            year("since"),
            oneOf("role", List.of("ANCHOR", "MEMBER")).orElse("MEMBER"))),
    CHALLENGES("challenges.csv", List.of("id"), List.of(
            key("id").required(),
            text("title").required(),
            uscc("issuer_uscc").required().references(Reference.ENTERPRISE),
            key("segment_id").required().references(Reference.SEGMENT),
            list("capabilities"),
            decimal("budget"),
            date("deadline"),
            oneOf("status", List.of("OPEN", "AWARDED", "CLOSED")).required()),
            row -> row.get("budget") instanceof Double budget && budget < 0
                    ? Optional.of(new RowProblem("budget", "must not be negative")) : Optional.empty()),
    BIDS("bids.csv", List.of("challenge_id", "uscc"), List.of(
            key("challenge_id").required().references(Reference.CHALLENGE),
            uscc("uscc").required().references(Reference.ENTERPRISE),
            date("submitted"),
            oneOf("outcome", List.of("PENDING", "WON", "LOST")).orElse("PENDING"))),
    EVENTS("events.csv", List.of("id"), List.of(
            key("id").required(),
            text("name").required(),
            date("date").required(),
            key("region_code").required().references(Reference.REGION),
            key("chain_id").references(Reference.CHAIN),
            freeText("theme"))),
    ATTENDANCE("attendance.csv", List.of("event_id", "uscc"), List.of(
            key("event_id").required().references(Reference.EVENT),
            uscc("uscc").required().references(Reference.ENTERPRISE),
            oneOf("side", List.of("DEMAND", "SUPPLY")).required())),
    TARGETS("targets.csv", List.of("region_code", "designation", "year", "level", "basis", "kind", "min_revenue", "cluster_type", "min_level"),
            List.of(
            key("region_code").required().references(Reference.REGION),
            // Required for kind DESIGNATION (the default), blank for the other kinds (checkTarget).
            oneOf("designation", Designation.names()),
            year("year").required(),
            integer("count").required(),
            oneOf("level", Level.names()),
            oneOf("basis", List.of("CUMULATIVE", "NEW")).orElse("CUMULATIVE"),
            year("base_year"),
            freeText("source"),
            listOf("also_designations", Designation.names()),
            oneOf("status", List.of("FINAL", "DRAFT")).orElse("FINAL"),
            // Targets that count something else than designation holders (docs/cultivation.md).
            oneOf("kind", TargetKind.names()).orElse("DESIGNATION"),
            decimal("min_revenue"),
            oneOf("cluster_type", clusterTypes()),
            oneOf("min_level", Level.names())),
            DatasetFile::checkTarget),
    INCENTIVES("incentives.csv", List.of("id"), List.of(
            key("id").required(),
            key("region_code").required().references(Reference.REGION),
            oneOf("designation", Designation.names()).required(),
            oneOf("trigger", List.of("FIRST_AWARD", "RENEWAL", "SUSTAINED_GROWTH", "RETAINED")).required(),
            decimal("amount").required(),
            oneOf("level", Level.names()),
            key("exclusive_group"),
            freeText("source"),
            text("name")),
            row -> row.get("amount") instanceof Double amount && amount < 0
                    ? Optional.of(new RowProblem("amount", "must not be negative")) : Optional.empty()),
    /** Optional: a region's weighting of a chain segment's gaps (docs/gaps.md); leaves severity as it is. */
    SEGMENT_PRIORITIES("segment_priorities.csv", List.of("region_code", "segment_id"), List.of(
            key("region_code").required().references(Reference.REGION),
            key("segment_id").required().references(Reference.SEGMENT),
            decimal("weight").required(),
            freeText("reason"),
            freeText("source")),
            row -> row.get("weight") instanceof Double weight && (weight < 0 || weight > 100)
                    ? Optional.of(new RowProblem("weight", "must be between 0 and 100, got " + weight)) : Optional.empty());

    /** A problem found by a check that looks at several columns of one row. */
    record RowProblem(String column, String reason) {
    }

    final String file;
    final List<String> key;
    final List<Column> columns;
    final Function<Map<String, Object>, Optional<RowProblem>> rowCheck;

    DatasetFile(String file, List<String> key, List<Column> columns) {
        this(file, key, columns, row -> Optional.empty());
    }

    DatasetFile(String file, List<String> key, List<Column> columns, Function<Map<String, Object>, Optional<RowProblem>> rowCheck) {
        this.file = file;
        this.key = key;
        this.columns = columns;
        this.rowCheck = rowCheck;
    }

    /** The dataset file of that exact name, or null. */
    static DatasetFile named(String name) {
        for (DatasetFile file : values()) {
            if (file.file.equals(name)) {
                return file;
            }
        }
        return null;
    }

    /** The file that defines the keys a reference points at. */
    static DatasetFile defining(Reference reference) {
        return named(reference.file);
    }

    /** The reference this file's key defines, or null (files of relationships define none). */
    Reference defines() {
        for (Reference reference : Reference.values()) {
            if (reference.file.equals(file)) {
                return reference;
            }
        }
        return null;
    }

    /** A row's key as one string, for duplicate detection. */
    String keyOf(Map<String, Object> values) {
        if (key.size() == 1) {
            return String.valueOf(values.get(key.get(0)));
        }
        var text = new StringBuilder();
        for (String column : key) {
            Object value = values.get(column);
            text.append(value == null ? "" : value.toString()).append('\u0001');
        }
        return text.toString();
    }

    /**
     * Whether rows of this file can be deleted through {@code deletes/}. Regions, chains and segments
     * cannot: firms and analytics hang off them, and a refresh never needs to remove them.
     */
    boolean deletable() {
        return this != REGIONS && this != CHAINS && this != SEGMENTS;
    }

    /** The statement that deletes a batch of this file's keys. */
    String deleteStatement() {
        return "imports/delete-" + file.replace(".csv", "").replace('_', '-');
    }

    /**
     * A target's id, derived from its key; both writers use it. A designation target:
     * region:designation:year:level|ANY:basis; another kind: region:KIND:min_revenue|cluster_type|ANY:year:level|min_level+|ANY:basis.
     */
    static String targetId(Map<String, Object> values) {
        Object kind = values.get("kind");
        String level = values.get("level") != null ? values.get("level").toString()
                : values.get("min_level") != null ? values.get("min_level") + "+" : "ANY";
        if (kind == null || "DESIGNATION".equals(kind)) {
            return String.join(":", String.valueOf(values.get("region_code")), String.valueOf(values.get("designation")),
                    String.valueOf(values.get("year")), level, String.valueOf(values.get("basis")));
        }
        Object qualifier = values.get("min_revenue") instanceof Double revenue ? java.math.BigDecimal.valueOf(revenue).stripTrailingZeros().toPlainString()
                : values.get("cluster_type") != null ? values.get("cluster_type") : "ANY";
        return String.join(":", String.valueOf(values.get("region_code")), kind.toString(), qualifier.toString(),
                String.valueOf(values.get("year")), level, String.valueOf(values.get("basis")));
    }

    /** The statement under {@code cypher/imports/} that writes a batch of this file's rows. */
    String statement() {
        return "imports/" + file.replace(".csv", "").replace('_', '-');
    }

    private static Optional<RowProblem> checkEnterpriseFigures(Map<String, Object> row) {
        for (String column : List.of("revenue", "employees", "ip_class1", "debt_ratio", "equity_financing_2y")) {
            if (row.get(column) instanceof Number n && n.doubleValue() < 0) {
                return Optional.of(new RowProblem(column, "must not be negative"));
            }
        }
        for (String column : List.of("rd_ratio", "main_business_ratio")) {
            if (row.get(column) instanceof Double ratio && (ratio < 0 || ratio > 100)) {
                return Optional.of(new RowProblem(column, "must be a percentage between 0 and 100, got " + ratio));
            }
        }
        return Optional.empty();
    }

    private static Optional<RowProblem> checkTarget(Map<String, Object> row) {
        if (row.get("count") instanceof Long count && count < 0) {
            return Optional.of(new RowProblem("count", "must not be negative"));
        }
        if ("NEW".equals(row.get("basis")) && row.get("base_year") == null) {
            return Optional.of(new RowProblem("base_year", "is required when basis is NEW"));
        }
        if (row.get("designation") != null && row.get("also_designations") instanceof List<?> also && also.contains(row.get("designation"))) {
            return Optional.of(new RowProblem("also_designations", "repeats the target's designation " + row.get("designation")));
        }
        if (row.get("base_year") instanceof Long base && row.get("year") instanceof Long year && base > year) {
            return Optional.of(new RowProblem("base_year", "base year " + base + " is after the target year " + year));
        }
        return checkTargetKind(row);
    }

    private static List<String> clusterTypes() {
        return java.util.Arrays.stream(ClusterType.values()).map(Enum::name).toList();
    }

    /** What each kind of target needs, and what it must leave blank. */
    private static Optional<RowProblem> checkTargetKind(Map<String, Object> row) {
        String kind = Objects.toString(row.get("kind"), "DESIGNATION");
        boolean designation = "DESIGNATION".equals(kind);
        if (designation && row.get("designation") == null) {
            return Optional.of(new RowProblem("designation", "is required for a target of kind DESIGNATION"));
        }
        if (!designation) {
            for (String column : List.of("designation", "also_designations")) {
                if (row.get(column) != null && !(row.get(column) instanceof List<?> l && l.isEmpty())) {
                    return Optional.of(new RowProblem(column, "must be blank for a target of kind " + kind));
                }
            }
            if ("NEW".equals(row.get("basis"))) {
                return Optional.of(new RowProblem("basis", "must be CUMULATIVE for a target of kind " + kind
                        + ": the dataset records no year for chain leaders, clusters or revenue tiers"));
            }
        }
        if ("REVENUE_TIER".equals(kind) != (row.get("min_revenue") != null)) {
            return Optional.of(new RowProblem("min_revenue", "REVENUE_TIER".equals(kind)
                    ? "is required for a target of kind REVENUE_TIER (万元, e.g. 1000000 for 百亿级)" : "is only for a target of kind REVENUE_TIER"));
        }
        if (row.get("min_revenue") instanceof Double revenue && revenue < 0) {
            return Optional.of(new RowProblem("min_revenue", "must not be negative"));
        }
        if (!"CLUSTERS".equals(kind)) {
            for (String column : List.of("cluster_type", "min_level")) {
                if (row.get(column) != null) {
                    return Optional.of(new RowProblem(column, "is only for a target of kind CLUSTERS"));
                }
            }
        }
        if (row.get("level") != null && row.get("min_level") != null) {
            return Optional.of(new RowProblem("min_level", "give level (exactly) or min_level (that level or above), not both"));
        }
        if (("CHAIN_LEADERS".equals(kind) || "REVENUE_TIER".equals(kind)) && row.get("level") != null) {
            return Optional.of(new RowProblem("level", "is not for a target of kind " + kind));
        }
        return Optional.empty();
    }
}
