package org.chaingraph.gaps;

import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Record;

/** An enterprise of the region operating in a segment; {@code quality}: a quality enterprise in the report's year. */
public record LocalSupplier(Enterprise enterprise, boolean quality) {

    /** From a row of {@code gaps/local-suppliers}. */
    public static LocalSupplier of(Record row) {
        return new LocalSupplier(Enterprise.from(row.get("enterprise")), row.get("quality").asBoolean());
    }
}
