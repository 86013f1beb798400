package org.chaingraph.matchmaking;

import static org.chaingraph.graphql.NodeValues.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.enterprises.Enterprise;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What a shortlist subject needs: its demand segments and required capabilities, and the demander
 * (a leader, a challenge's issuer; none for a segment) with what proximity and the existing-supplier
 * check compare against. {@code key} is the subject's id (USCC, challenge id or segment id).
 */
public record Demand(String key, SubjectKind kind, Enterprise demander, String regionCode, String regionName,
                     List<DemandSegment> segments, List<String> capabilities, List<String> clusterIds, List<String> suppliers) {

    public record DemandSegment(String id, String name) {
    }

    public static Demand of(SubjectKind kind, Record row) {
        return new Demand(row.get("key").asString(), kind, Enterprise.from(row.get("demander")), text(row.get("regionCode")),
                text(row.get("regionName")),
                row.get("segments").asList(s -> new DemandSegment(s.get("id").asString(), s.get("name").asString())),
                row.get("capabilities").asList(Value::asString).stream().distinct().sorted().toList(),
                row.get("clusterIds").asList(Value::asString), row.get("suppliers").asList(Value::asString));
    }

    /** The parameter the candidates statement takes for this demand. */
    public Map<String, Object> parameter() {
        var map = new HashMap<String, Object>();
        map.put("key", key);
        map.put("demander", demander == null ? null : demander.uscc());
        map.put("segmentIds", segments.stream().map(DemandSegment::id).toList());
        map.put("capabilities", capabilities);
        map.put("clusterIds", clusterIds);
        map.put("regionCode", regionCode);
        map.put("suppliers", suppliers);
        return map;
    }
}
