package org.chaingraph.e2e.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.e2e.HttpError;
import org.chaingraph.e2e.SmallDatasetTest;
import org.chaingraph.e2e.Unauthenticated;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Roles, keys and JWTs, field protection declared in the schema, the query limits and the error
 * model, against the small dataset with the default anonymous role (VIEWER).
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityTest {

    static final org.springframework.core.ParameterizedTypeReference<Map<String, Object>> MAP = new org.springframework.core.ParameterizedTypeReference<>() { };
    static final String JWT_SECRET = "a-test-secret-of-at-least-32-bytes-for-hs256";
    static final String XINGCHI = "91330402MA2C000017";
    static final Set<String> FIGURES = Set.of("revenue", "rdRatio", "employees", "growth", "growthPrev");
    /** Every field holding a firm's figures or money paid to firms, wherever it appears. */
    static final Set<String> SENSITIVE = Set.of("revenue", "rdRatio", "employees", "growth", "growthPrev", "amount", "totalAmount",
            "met", "unmet");

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "security", SmallDatasetTest.DATASET);
        registry.add("chaingraph.security.anonymous-role", () -> "VIEWER");
        registry.add("chaingraph.security.api-keys", () -> "ANALYST:analyst-key-0001,EDITOR:editor-key-0001,viewer=VIEWER:viewer-key-0001");
        registry.add("chaingraph.admin-token", () -> "admin-key-0001");
        registry.add("chaingraph.security.jwt.secret", () -> JWT_SECRET);
    }

    @LocalServerPort
    int port;

    @Autowired
    Graph graph;

    @Autowired
    GraphQlSource graphQlSource;

    HttpGraphQlTester anonymous;

    @BeforeEach
    void connect() {
        anonymous = HttpGraphQlTester.create(http().mutate().baseUrl("http://localhost:" + port + "/graphql").build());
    }

    WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
    }

    HttpGraphQlTester with(String header, String value) {
        return anonymous.mutate().header(header, value).build();
    }

    @Test
    void anonymousCallersReadFirmsButTheirFiguresAreNullWithAForbiddenErrorAtEachField() {
        var response = anonymous.documentName("security/figures").variable("uscc", XINGCHI).execute();
        response.errors().satisfy(errors -> {
            assertThat(errors).hasSize(FIGURES.size()).allSatisfy(error -> {
                assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
                assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN").containsEntry("requiredRole", "ANALYST");
                assertThat(error.getMessage()).contains("anonymous (VIEWER)");
            });
            assertThat(errors).extracting(ResponseError::getPath).containsExactlyInAnyOrderElementsOf(
                    FIGURES.stream().map(f -> "enterprise." + f).toList());
        });
        response.path("enterprise.name").hasValue().path("enterprise.region.code").entity(String.class).isEqualTo("330402");
        for (String field : FIGURES) {
            response.path("enterprise." + field).valueIsNull();
        }
    }

    @Test
    void anAnalystKeyReadsTheFiguresSentEitherWay() {
        for (var client : List.of(with("X-API-Key", "analyst-key-0001"), with("Authorization", "Bearer analyst-key-0001"),
                with("Authorization", "Bearer admin-key-0001"))) {
            var response = client.documentName("security/figures").variable("uscc", XINGCHI).execute();
            response.errors().verify();
            response.path("enterprise.revenue").entity(Double.class).satisfies(revenue -> assertThat(revenue).isPositive());
        }
        var viewer = with("X-API-Key", "viewer-key-0001").documentName("security/figures").variable("uscc", XINGCHI).execute();
        viewer.errors().satisfy(errors -> assertThat(errors).first().satisfies(e -> assertThat(e.getMessage()).contains("viewer (VIEWER)")));
        viewer.path("enterprise.revenue").valueIsNull();
    }

    @Test
    void incentiveAmountsNeedAnAnalystButTheCountsDoNot() {
        var viewer = anonymous.documentName("security/incentiveAmounts").variable("regionCode", "330400").variable("year", 2024).execute();
        viewer.errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));
        viewer.path("incentiveSummary.firmCount").entity(Integer.class).satisfies(n -> assertThat(n).isNotNegative());
        viewer.path("incentiveSummary.incentives[0].id").hasValue();
        viewer.path("incentiveSummary.totalAmount").valueIsNull();
        viewer.path("incentiveSummary.incentives[0].amount").valueIsNull();
        var analyst = with("X-API-Key", "analyst-key-0001").documentName("security/incentiveAmounts")
                .variable("regionCode", "330400").variable("year", 2024).execute();
        analyst.errors().verify();
        analyst.path("incentiveSummary.totalAmount").entity(Double.class).satisfies(total -> assertThat(total).isNotNegative());
        analyst.path("incentiveSummary.incentives[0].amount").entity(Double.class).satisfies(amount -> assertThat(amount).isPositive());
    }

    @Test
    void mutationsNeedAnEditorAndBelowItNeverRun() {
        Map<String, Object> blankTitle = Map.of("title", " ", "issuerUscc", XINGCHI, "segmentId", "NEV-CELL", "deadline", "2099-01-01");
        for (var client : List.of(anonymous, with("X-API-Key", "viewer-key-0001"), with("X-API-Key", "analyst-key-0001"))) {
            client.documentName("security/publish").variable("input", blankTitle).execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN").containsEntry("requiredRole", "EDITOR");
                        assertThat(e.getPath()).isEqualTo("publishChallenge");
                    }));
        }
        // Allowed to run, the mutation reaches its own argument checks.
        for (var client : List.of(with("X-API-Key", "editor-key-0001"), with("Authorization", "Bearer admin-key-0001"))) {
            client.documentName("security/publish").variable("input", blankTitle).execute().errors().satisfy(errors ->
                    assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT");
                        assertThat(e.getMessage()).startsWith("input.title: ");
                    }));
        }
    }

    @Test
    void thousandsOfMalformedRequestsEachGetACleanErrorAndChangeNothing() throws Exception {
        var version = graph.dataVersion();
        var fuzz = new Fuzz(new java.util.Random(20261202), Fuzz.documents());
        var client = java.net.http.HttpClient.newHttpClient();
        var counts = new java.util.TreeMap<Integer, Integer>();
        for (int i = 0; i < 2500; i++) {
            var request = fuzz.next(java.net.URI.create("http://localhost:" + port + "/graphql"));
            var response = client.send(request.http(), java.net.http.HttpResponse.BodyHandlers.ofString());
            counts.merge(response.statusCode(), 1, Integer::sum);
            assertThat(response.statusCode()).as("%s → %s", request, response.body()).isIn(200, 400, 401, 405, 413, 415);
            var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
            for (var error : body.path("errors")) {
                assertThat(error.path("extensions").path("code").asText()).as("%s → %s", request, response.body())
                        .isNotBlank().isNotEqualTo("INTERNAL");
                // Echoing the refused value back (chain ''; MATCH (n)…' not found) shows the client its own text, not ours.
                assertThat(error.path("message").asText().replace(Fuzz.INJECTION, "")).as("%s", request)
                        .doesNotContain("Exception", "at org.", "MATCH (");
            }
        }
        System.out.println("fuzz: 2500 requests, by HTTP status " + counts);
        assertThat(counts.getOrDefault(200, 0) + counts.getOrDefault(400, 0)).isGreaterThan(2000);
        assertThat(graph.dataVersion()).as("writes by malformed requests").isEqualTo(version);
        anonymous.documentName("security/chains").execute().path("chains").entityList(Object.class).hasSizeGreaterThan(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyMutationIsAuditedWithWhoWhatTouchedAndOutcomeAndOnlyAdminsReadTheTrail() {
        String marker = "audit-" + System.nanoTime();
        Map<String, Object> tooLong = Map.of("title", marker + "x".repeat(200), "issuerUscc", XINGCHI, "segmentId", "NEV-LI",
                "deadline", java.time.LocalDate.now().plusDays(30).toString());
        with("X-API-Key", "editor-key-0001").mutate().header("X-Request-Id", marker).build()
                .documentName("security/publish").variable("input", tooLong).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getMessage()).startsWith("input.title: ")));
        with("X-API-Key", "viewer-key-0001").documentName("security/publish").variable("input", tooLong).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN")));

        var trail = with("X-API-Key", "admin-key-0001").documentName("security/auditTrail").variable("first", 100).execute();
        trail.errors().verify();
        List<Map<String, Object>> entries = trail.path("auditTrail.edges[*].node").entityList(MAP).get().stream()
                .filter(entry -> String.valueOf(entry.get("arguments")).contains(marker)).toList();
        assertThat(entries).extracting(e -> e.get("who"), e -> e.get("role"), e -> e.get("operation"), e -> e.get("outcome"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("viewer", "VIEWER", "publishChallenge", "FORBIDDEN"),
                        org.assertj.core.groups.Tuple.tuple("editor-2", "EDITOR", "publishChallenge", "INVALID_ARGUMENT"));
        assertThat(entries.get(1)).containsEntry("requestId", marker);
        assertThat(entries).allSatisfy(entry -> assertThat((List<Object>) entry.get("affected")).contains(XINGCHI, "NEV-LI"));
        trail.path("auditTrail.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isGreaterThanOrEqualTo(2));

        for (var client : List.of(anonymous, with("X-API-Key", "editor-key-0001"))) {
            client.documentName("security/auditTrail").variable("first", 5).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                        assertThat(e.getExtensions()).containsEntry("code", "FORBIDDEN").containsEntry("requiredRole", "ADMIN");
                        assertThat(e.getPath()).isEqualTo("auditTrail");
                    }));
        }
    }

    @Test
    void jwtsSignedWithTheSecretCarryTheirRolesAndOthersAreRefused() throws Exception {
        with("Authorization", "Bearer " + jwt(JWT_SECRET, List.of("analyst"), Instant.now().plusSeconds(600)))
                .documentName("security/figures").variable("uscc", XINGCHI).execute()
                .path("enterprise.revenue").entity(Double.class).satisfies(revenue -> assertThat(revenue).isPositive());
        // No role claim: VIEWER, known by its subject.
        var viewer = with("Authorization", "Bearer " + jwt(JWT_SECRET, List.of(), Instant.now().plusSeconds(600)))
                .documentName("security/figures").variable("uscc", XINGCHI).execute();
        viewer.errors().satisfy(errors -> assertThat(errors).first().satisfies(e -> assertThat(e.getMessage()).contains("planner@example.gov.cn (VIEWER)")));
        viewer.path("enterprise.revenue").valueIsNull();
        for (String token : List.of(jwt("another-secret-of-at-least-32-bytes-long!", List.of("ADMIN"), Instant.now().plusSeconds(600)),
                jwt(JWT_SECRET, List.of("ADMIN"), Instant.now().minusSeconds(600)))) {
            Unauthenticated.assertRefused(port, "Bearer " + token, "security/chains", Map.of());
        }
    }

    @Test
    void downloadsOfFirmsFiguresAndMoneyNeedAnalystAsTheirGraphQlFieldsDo() {
        for (String uri : List.of("/reports/cultivation/330400.csv", "/reports/incentives/330400.xlsx")) {
            http().get().uri(uri).exchange().expectStatus().isUnauthorized().expectBody(String.class)
                    .value(body -> assertThat(HttpError.of(body).message()).contains("needs role ANALYST"));
            http().get().uri(uri).header("X-API-Key", "viewer-key-0001").exchange().expectStatus().isForbidden().expectBody(String.class)
                    .value(body -> assertThat(HttpError.of(body)).extracting(HttpError::code, HttpError::message)
                            .containsExactly("FORBIDDEN", "this download holds firms' figures: it needs role ANALYST"));
            http().get().uri(uri).header("X-API-Key", "analyst-key-0001").exchange().expectStatus().isOk();
        }
        // The gap report shows no firm's figures: VIEWER (here anonymous) may download it.
        http().get().uri("/reports/gaps/CH-IC.csv?region=330400").exchange().expectStatus().isOk();
    }

    @Test
    void anUnknownKeyIsUnauthenticatedNotAnonymous() {
        Unauthenticated.assertRefused(port, "X-API-Key", "nope", "security/chains", Map.of());
        Unauthenticated.assertRefused(port, "Bearer nope", "security/chains", Map.of());
        Unauthenticated.assertRefused(port, "Basic dXNlcjpwYXNz", "security/chains", Map.of());
        http().get().uri("/admin/imports/x").exchange().expectStatus().isUnauthorized();
        http().get().uri("/admin/imports/x").header("X-API-Key", "editor-key-0001").exchange().expectStatus().isForbidden()
                .expectBody(String.class).value(body -> assertThat(HttpError.of(body).code()).isEqualTo("FORBIDDEN"));
        http().get().uri("/admin/imports/x").header("X-API-Key", "admin-key-0001").exchange().expectStatus().isNotFound();
    }

    @Test
    void everyMutationAndEverySensitiveFieldDeclaresItsRole() {
        var schema = graphQlSource.schema();
        var missing = new ArrayList<String>();
        for (GraphQLFieldDefinition field : schema.getMutationType().getFieldDefinitions()) {
            String role = role(field);
            if (role == null || List.of("VIEWER", "ANALYST").contains(role)) {
                missing.add("Mutation." + field.getName() + " needs at least EDITOR, has " + role);
            }
        }
        for (var type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    if (SENSITIVE.contains(field.getName()) && (role(field) == null || "VIEWER".equals(role(field)))) {
                        missing.add(object.getName() + "." + field.getName() + " needs at least ANALYST, has " + role(field));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(schema.getMutationType().getFieldDefinitions()).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void tooDeepTooCostlyTooManyAliasesOrOperationsAreRefusedBeforeAnythingRuns() {
        long before = graph.roundTrips();
        refused(anonymous.documentName("security/deepChain").variable("id", "CH-NEV"), "QUERY_TOO_DEEP", "max-depth", 10);
        refused(anonymous.documentName("security/costlyChain").variable("id", "CH-NEV"), "QUERY_TOO_COSTLY", "max-cost", 50_000);
        refused(anonymous.documentName("security/aliases"), "TOO_MANY_ALIASES", "max-aliases", 30);
        refused(anonymous.documentName("security/operations").operationName("op3"), "TOO_MANY_OPERATIONS", "max-operations", 20);
        assertThat(graph.roundTrips()).as("statements run for refused requests").isEqualTo(before);
    }

    @Test
    void oversizedDocumentsAndBodiesAreRefused() {
        String padded = "{ chains { id } }\n#" + "x".repeat(60_000);
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("query", padded))
                .exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(HttpError.of(body).code()).isEqualTo("DOCUMENT_TOO_LARGE"));
        byte[] huge = ("{\"query\":\"{ chains { id } }\",\"variables\":{\"x\":\"" + "y".repeat(1_100_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(huge)
                .exchange().expectStatus().isEqualTo(413).expectBody(String.class)
                .value(body -> assertThat(HttpError.of(body).code()).isEqualTo("REQUEST_TOO_LARGE"));
    }

    @Test
    void everyErrorCarriesItsCodeAndTheRequestIdAndEchoesNoHugeInput() {
        anonymous.mutate().header("X-Request-Id", "trace-42").build().documentName("enterprise").variable("uscc", "9".repeat(100_000))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getExtensions()).containsEntry("code", "INVALID_ARGUMENT").containsEntry("requestId", "trace-42");
                    assertThat(e.getMessage()).startsWith("uscc: ").hasSizeLessThan(700);
                }));
        http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\":\"{ chains { id } }\"}")
                .exchange().expectHeader().value("X-Request-Id", id -> assertThat(id).matches("[0-9a-f]{16}"));
        for (String body : List.of("null", "[1]", "{}", "{\"query\":\"{ chains { id } }\",\"variables\":\"x\"}", "garbage")) {
            http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isBadRequest().expectBody(String.class)
                    .value(text -> assertThat(HttpError.of(text)).satisfies(error -> {
                        assertThat(error.code()).as(body).isEqualTo("INVALID_ARGUMENT");
                        assertThat(error.requestId()).isNotBlank();
                        assertThat(error.message()).doesNotContain("Exception", "org.springframework");
                    }));
        }
    }

    @Test
    void pagesAndMapsCarrySecurityHeaders() {
        http().get().uri("/maps/CH-NEV.svg").exchange().expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'self'", "object-src 'none'"));
    }

    private void refused(org.springframework.graphql.test.tester.GraphQlTester.Request<?> request, String code, String limit, long maximum) {
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.getExtensions()).containsEntry("code", code).containsEntry("limit", limit).containsEntry("maximum", (int) maximum);
            assertThat(((Number) e.getExtensions().get("value")).longValue()).isGreaterThan(maximum);
            assertThat(e.getMessage()).contains("chaingraph.limits." + limit);
        }));
    }

    private static String role(GraphQLFieldDefinition field) {
        var directive = field.getAppliedDirective("requires");
        return directive == null ? null : String.valueOf((Object) directive.getArgument("role").getValue());
    }

    static String jwt(String secret, List<String> roles, Instant expires) throws Exception {
        var claims = new JWTClaimsSet.Builder().subject("planner@example.gov.cn").expirationTime(Date.from(expires))
                .issueTime(Date.from(Instant.now().minusSeconds(5)));
        if (!roles.isEmpty()) {
            claims.claim("roles", roles);
        }
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
