package org.chaingraph.matchmaking;

import java.util.List;

import org.chaingraph.enterprises.Designation;
import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A candidate supplier of one demand, with the features its score is computed from: the demand
 * segments it operates in and the required capabilities it holds (by name), its designations
 * valid in the year, the demander's clusters it shares, whether it sits in the demander's region,
 * how many challenges it has won, and whether it already supplies the demander.
 */
public record Candidate(String demandKey, Enterprise enterprise, List<String> segments, List<String> capabilities,
                        List<Designation> designations, List<String> sharedClusters, boolean sameRegion, String regionName,
                        int wins, boolean existingSupplier) {

    public static Candidate of(Record row) {
        return new Candidate(row.get("key").asString(), Enterprise.from(row.get("enterprise")),
                row.get("segments").asList(Value::asString).stream().distinct().sorted().toList(),
                row.get("capabilities").asList(Value::asString).stream().distinct().sorted().toList(),
                row.get("designations").asList(v -> Designation.valueOf(v.asString())),
                row.get("sharedClusters").asList(Value::asString).stream().distinct().sorted().toList(),
                row.get("sameRegion").asBoolean(false), row.get("regionName").isNull() ? null : row.get("regionName").asString(),
                row.get("wins").asInt(), row.get("existingSupplier").asBoolean());
    }
}
