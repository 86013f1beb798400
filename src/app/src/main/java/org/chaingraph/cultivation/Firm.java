package org.chaingraph.cultivation;

import java.util.List;
import java.util.Set;

import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Value;

/**
 * An enterprise as the cultivation rules see it: its figures, every award it ever received and
 * the codes of its region and every region above it (whose incentives apply to it).
 */
public record Firm(Enterprise enterprise, Set<String> regionCodes, List<Award> awards) {

    /** From a row with {@code enterprise}, {@code regionCodes} and {@code awards}. */
    public static Firm of(org.neo4j.driver.Record row) {
        return new Firm(Enterprise.from(row.get("enterprise")), Set.copyOf(row.get("regionCodes").asList(Value::asString)),
                row.get("awards").asList(Award::of));
    }

    public String uscc() {
        return enterprise.uscc();
    }
}
