package org.chaingraph.cultivation;

import java.util.List;
import java.util.Optional;

import static org.chaingraph.graphql.NodeValues.constant;
import static org.chaingraph.graphql.NodeValues.decimal;
import static org.chaingraph.graphql.NodeValues.integer;
import static org.chaingraph.graphql.NodeValues.text;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Level;
import org.neo4j.driver.Value;

/**
 * A cultivation target a region sets: {@code count} holders by {@code year} (the deadline) of its
 * designation or of any of {@code alsoDesignations} (重庆's 300 "（潜在）独角兽和瞪羚", each firm
 * counted once). {@code status} DRAFT: the document is a draft (征求意见稿). A target of another
 * {@code kind} counts chain leaders, firms with revenue ≥ {@code minRevenue} (万元), or clusters
 * (of {@code clusterType}, at {@code level} or at {@code minLevel} and above); its designation is null.
 */
public record Target(String id, Designation designation, List<Designation> alsoDesignations, Level level, int year, int count,
                     Basis basis, Integer baseYear, String source, Status status, TargetKind kind, Double minRevenue,
                     String clusterType, Level minLevel) {

    /** A designation target. */
    public Target(String id, Designation designation, List<Designation> alsoDesignations, Level level, int year, int count,
                  Basis basis, Integer baseYear, String source, Status status) {
        this(id, designation, alsoDesignations, level, year, count, basis, baseYear, source, status, TargetKind.DESIGNATION, null, null,
                null);
    }

    public enum Status { FINAL, DRAFT }

    public static Target of(Value map) {
        Basis basis = constant(map.get("basis"), Basis.class);
        Status status = constant(map.get("status"), Status.class);
        List<Designation> also = map.get("alsoDesignations").isNull() ? List.of()
                : map.get("alsoDesignations").asList(v -> Designation.valueOf(v.asString()));
        return new Target(map.get("id").asString(), constant(map.get("designation"), Designation.class), also,
                constant(map.get("level"), Level.class), map.get("year").asInt(), map.get("count").asInt(),
                basis == null ? Basis.CUMULATIVE : basis, integer(map.get("baseYear")), text(map.get("source")),
                status == null ? Status.FINAL : status, Optional.ofNullable(constant(map.get("kind"), TargetKind.class)).orElse(TargetKind.DESIGNATION),
                decimal(map.get("minRevenue")), text(map.get("clusterType")), constant(map.get("minLevel"), Level.class));
    }

    /** Every designation the target counts: its own first (none for another kind). */
    public List<Designation> designations() {
        var all = new java.util.ArrayList<Designation>();
        if (designation == null) {
            return List.of();
        }
        all.add(designation);
        all.addAll(alsoDesignations);
        return List.copyOf(all);
    }
}
