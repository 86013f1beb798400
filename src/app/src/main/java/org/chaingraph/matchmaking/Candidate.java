package org.chaingraph.matchmaking;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A candidate supplier of one demand, named by USCC, with the features its score is computed from: the demand
 * segments it operates in and the required capabilities it holds (by name), its designations
 * valid in the year, the demander's clusters it shares, whether it sits in the demander's region (district),
 * how many challenges it has won, and whether it already supplies the demander.
 */
public record Candidate(String demandKey, String uscc, List<String> segments, List<String> capabilities,
                        List<Designation> designations, List<String> sharedClusters, boolean sameRegion,
                        int wins, boolean existingSupplier) {

    public static Candidate of(Record row) {
        return new Candidate(row.get("key").asString(), row.get("uscc").asString(),
                row.get("segments").asList(Value::asString).stream().distinct().sorted().toList(),
                row.get("capabilities").asList(Value::asString).stream().distinct().sorted().toList(),
                row.get("designations").asList(v -> Designation.valueOf(v.asString())),
                row.get("sharedClusters").asList(Value::asString).stream().distinct().sorted().toList(),
                row.get("sameRegion").asBoolean(false),
                row.get("wins").asInt(), row.get("existingSupplier").asBoolean());
    }
}
