package org.chaingraph.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chaingraph.bench.Benchmark;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every statement the benchmark's query mix makes ChainGraph run, with the parameters it ran with,
 * is planned by Neo4j over a generated province of 10,000 firms: no plan may scan all enterprises
 * (a label scan, an all-nodes scan or a full index scan over Enterprise) or all relationships of a
 * type. A scan would make the query's cost follow the size of the store instead of the question.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HotStatementPlanTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("chaingraph.neo4j.data-dir", () -> GeneratedStore.get().toString());
        registry.add("chaingraph.neo4j.page-cache", () -> "64m");
        registry.add("chaingraph.dataset", () -> "");
        registry.add("chaingraph.cache.enabled", () -> "false");
        registry.add("chaingraph.security.anonymous-role", () -> "ANALYST");
    }

    @Autowired
    Graph graph;

    @LocalServerPort
    int port;

    @Test
    void noStatementOfTheQueryMixScansEveryEnterprise() {
        Map<String, Map<String, Object>> ran = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> failures;
        try {
            failures = Benchmark.askEachOnce(URI.create("http://127.0.0.1:" + port + "/"), graph,
                    () -> graph.observe((statement, parameters) -> ran.merge(statement + " " + parameters.keySet(),
                            withName(statement, parameters), (a, b) -> a)));
        } finally {
            graph.observe((statement, parameters) -> { });
        }
        assertThat(failures).isEmpty();
        assertThat(ran.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).distinct())
                .contains("enterprises/page", "enterprises/by-uscc-with-relations", "gaps/segment-coverage", "gaps/candidates",
                        "matchmaking/candidates", "cultivation/firms");

        List<String> scans = new ArrayList<>();
        try (var session = graph.driver().session(SessionConfig.forDatabase(graph.database()))) {
            for (var run : ran.values()) {
                var parameters = new HashMap<>(run);
                String statement = (String) parameters.remove("__statement");
                Plan plan = session.run("EXPLAIN " + graph.statement(statement), parameters).consume().plan();
                collectScans(statement, plan, scans);
            }
        }
        assertThat(scans).as("plans that scan the whole store").isEmpty();
    }

    private static Map<String, Object> withName(String statement, Map<String, ?> parameters) {
        var copy = new HashMap<String, Object>(parameters);
        copy.put("__statement", statement);
        return copy;
    }

    private static void collectScans(String statement, Plan plan, List<String> scans) {
        String operator = plan.operatorType().replaceAll("@.*", "");
        String details = String.valueOf(plan.arguments().get("Details"));
        boolean enterpriseScan = (operator.equals("NodeByLabelScan") || operator.equals("AllNodesScan") || operator.equals("NodeIndexScan"))
                && (details.contains(":Enterprise") || operator.equals("AllNodesScan"));
        if (enterpriseScan || operator.contains("RelationshipTypeScan") || operator.equals("AllRelationshipsScan")) {
            scans.add(statement + ": " + operator + " " + details);
        }
        plan.children().forEach(child -> collectScans(statement, child, scans));
    }
}
