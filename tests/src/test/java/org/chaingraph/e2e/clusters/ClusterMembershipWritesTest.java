package org.chaingraph.e2e.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.clusters.ClusterDataset.*;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.Unauthenticated;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * joinCluster / leaveCluster in their own store ("clusters-writes"), so the writes never reach the
 * read tests. Each refused write is followed by a re-query proving nothing changed.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ClusterMembershipWritesTest {

    static final String TOKEN = "clusters-test-token-41c9";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "clusters-writes", DATASET);
        registry.add("chaingraph.admin-token", () -> TOKEN);
    }

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    HttpGraphQlTester client(String authorization) {
        var builder = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql").responseTimeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.defaultHeader("Authorization", authorization);
        }
        return HttpGraphQlTester.create(builder.build());
    }

    HttpGraphQlTester admin() {
        return client("Bearer " + TOKEN);
    }

    @Test
    void joinThenLeave() {
        var joined = admin().documentName("clusters/joinCluster").variable("clusterId", "CL-3").variable("uscc", E7).variable("since", 2026)
                .variable("role", "ANCHOR").execute();
        joined.errors().verify();
        assertThat(joined.path("joinCluster").entity(MAP).get()).containsEntry("role", "ANCHOR").containsEntry("since", 2026);
        assertThat(clustersOf(E7)).containsExactly("CL-3");
        assertThat(memberCount("CL-3")).isEqualTo(3);

        var left = admin().documentName("clusters/leaveCluster").variable("clusterId", "CL-3").variable("uscc", E7).execute();
        left.errors().verify();
        assertThat(left.path("leaveCluster").entity(MAP).get()).containsEntry("role", "ANCHOR");
        assertThat(clustersOf(E7)).isEmpty();
        assertThat(memberCount("CL-3")).isEqualTo(2);
    }

    @Test
    void joinDefaultsToMember() {
        var joined = admin().documentName("clusters/joinCluster").variable("clusterId", "CL-EMPTY").variable("uscc", E6).execute();
        joined.errors().verify();
        assertThat(joined.path("joinCluster.role").entity(String.class).get()).isEqualTo("MEMBER");
        assertThat(joined.path("joinCluster.since").entity(Integer.class).get()).isNotNull();
        admin().documentName("clusters/leaveCluster").variable("clusterId", "CL-EMPTY").variable("uscc", E6).execute().errors().verify();
    }

    @Test
    void unknownClusterOrEnterpriseIsNotFound() {
        admin().documentName("clusters/joinCluster").variable("clusterId", "CL-NONE").variable("uscc", E7).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().startsWith("clusterId: ")).verify();
        admin().documentName("clusters/joinCluster").variable("clusterId", "CL-1").variable("uscc", "91330411MA2E00099F").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().startsWith("uscc: ")).verify();
        admin().documentName("clusters/leaveCluster").variable("clusterId", "CL-NONE").variable("uscc", E3).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.NOT_FOUND && e.getMessage().startsWith("clusterId: ")).verify();
        assertThat(clustersOf(E7)).isEmpty();
        assertThat(clustersOf(E3)).containsExactly("CL-1", "CL-2", "CL-3");
    }

    @Test
    void duplicateJoinAndLeavingWhenNotAMemberAreBadRequests() {
        admin().documentName("clusters/joinCluster").variable("clusterId", "CL-1").variable("uscc", E2).variable("role", "ANCHOR").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("uscc: ")).verify();
        admin().documentName("clusters/leaveCluster").variable("clusterId", "CL-3").variable("uscc", E1).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("uscc: ")).verify();
        assertThat(memberCount("CL-1")).isEqualTo(4);
        assertThat(clustersOf(E1)).containsExactly("CL-1");
        assertThat(roleIn(E2, "CL-1")).isEqualTo("MEMBER");
    }

    @Test
    void malformedArgumentsAreBadRequests() {
        admin().documentName("clusters/joinCluster").variable("clusterId", "CL-1").variable("uscc", "91330411MA2E00007X").execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("uscc: ")).verify();
        admin().documentName("clusters/joinCluster").variable("clusterId", "CL-1").variable("uscc", E7).variable("since", 1800).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.BAD_REQUEST && e.getMessage().startsWith("since: ")).verify();
        assertThat(clustersOf(E7)).isEmpty();
    }

    @Test
    void withoutEditorRoleIsForbiddenAWrongKeyUnauthenticatedAndNothingChanges() {
        // Anonymous callers are ANALYST in these tests: below EDITOR.
        client(null).documentName("clusters/joinCluster").variable("clusterId", "CL-1").variable("uscc", E7).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.FORBIDDEN && "EDITOR".equals(e.getExtensions().get("requiredRole"))).verify();
        client(null).documentName("clusters/leaveCluster").variable("clusterId", "CL-1").variable("uscc", E1).execute().errors()
                .expect(e -> e.getErrorType() == ErrorType.FORBIDDEN).verify();
        Unauthenticated.assertRefused(port, "Bearer wrong", "clusters/joinCluster", Map.of("clusterId", "CL-1", "uscc", E7));
        Unauthenticated.assertRefused(port, "Bearer wrong", "clusters/leaveCluster", Map.of("clusterId", "CL-1", "uscc", E1));
        assertThat(clustersOf(E7)).isEmpty();
        assertThat(clustersOf(E1)).containsExactly("CL-1");
    }

    List<Object> clustersOf(String uscc) {
        var enterprise = client(null).documentName("clusters/enterpriseClusters").variable("uscc", uscc).execute().path("enterprise").entity(MAP).get();
        @SuppressWarnings("unchecked")
        var clusters = (List<Map<String, Object>>) enterprise.get("clusters");
        return clusters.stream().map(c -> c.get("id")).toList();
    }

    String roleIn(String uscc, String clusterId) {
        var enterprise = client(null).documentName("clusters/enterpriseClusters").variable("uscc", uscc).execute().path("enterprise").entity(MAP).get();
        @SuppressWarnings("unchecked")
        var memberships = (List<Map<String, Object>>) enterprise.get("memberships");
        return memberships.stream().filter(m -> clusterId.equals(((Map<?, ?>) m.get("cluster")).get("id"))).map(m -> (String) m.get("role"))
                .findFirst().orElseThrow();
    }

    int memberCount(String clusterId) {
        return client(null).documentName("clusters/clusterMembers").variable("id", clusterId).execute().path("cluster.members.totalCount")
                .entity(Integer.class).get();
    }
}
