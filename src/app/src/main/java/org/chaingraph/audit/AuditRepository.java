package org.chaingraph.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.graphql.Page;
import org.chaingraph.neo4j.Graph;
import org.chaingraph.security.Role;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

@Repository
final class AuditRepository {

    private final Graph graph;

    AuditRepository(Graph graph) {
        this.graph = graph;
    }

    void record(AuditEntry entry) {
        var parameters = new HashMap<String, Object>();
        parameters.put("key", entry.key());
        parameters.put("at", entry.at());
        parameters.put("who", entry.who());
        parameters.put("role", entry.role().name());
        parameters.put("operation", entry.operation());
        parameters.put("arguments", entry.arguments());
        parameters.put("affected", entry.affected());
        parameters.put("outcome", entry.outcome());
        parameters.put("requestId", entry.requestId());
        graph.append("audit/record", parameters);
    }

    List<AuditEntry> page(Page page) {
        return graph.read("audit/page", page.parameters(), r -> new AuditEntry(
                r.get("key").asString(), r.get("at").asString(), r.get("who").asString(), Role.valueOf(r.get("role").asString()),
                r.get("operation").asString(), r.get("arguments").asString(), r.get("affected").asList(Value::asString),
                r.get("outcome").asString(), r.get("requestId").asString(null)));
    }

    long count() {
        return graph.readOne("audit/count", Map.of(), r -> r.get("total").asLong()).orElse(0L);
    }
}
