package org.chaingraph.e2e.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@code POST /admin/imports} on a running server over HTTP: ADMIN only, a directory or a zip,
 * polled to its report, and the data is there for the next GraphQL read.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class AdminImportTest {

    static final String TOKEN = "admin-import-token-5d1e";
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
    };

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "admin-imports", "");
        registry.add("chaingraph.admin-token", () -> TOKEN);
    }

    @LocalServerPort
    int port;

    WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void withoutAnAdminKeyAnImportIsRefused() {
        http().post().uri("/admin/imports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("directory", Datasets.BASE.toAbsolutePath().toString()))
                .exchange().expectStatus().isUnauthorized()
                .expectBody(MAP).value(body -> assertThat(body.get("errors")).asString().contains("code=UNAUTHENTICATED"));
        http().post().uri("/admin/imports").header("Authorization", "Bearer not-the-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("directory", Datasets.BASE.toAbsolutePath().toString()))
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aServerSideDirectoryIsImportedWhileTheServerAnswers() throws InterruptedException {
        Map<String, Object> job = post(MediaType.APPLICATION_JSON, Map.of("directory", Datasets.BASE.toAbsolutePath().toString()));

        Map<String, Object> finished = awaitFinished((String) job.get("id"));

        assertThat(finished.get("status")).as(finished.toString()).isEqualTo("SUCCEEDED");
        assertThat(finished.get("report")).asString().contains("enterprises.csv=4");
        assertThat(enterpriseName("91310115MA1K000016")).isEqualTo("上海芯澜微电子材料有限公司");
    }

    @Test
    void aZippedDatasetIsImportedAndABadOneIsRefusedWithItsErrors() throws Exception {
        var bad = Datasets.copyOfBase().append("operations.csv", "91310115MA1K000016,no-such-segment,x");

        Map<String, Object> refused = awaitFinished((String) post(MediaType.parseMediaType("application/zip"), zip(bad.path())).get("id"));

        assertThat(refused.get("status")).isEqualTo("REFUSED");
        assertThat(refused.get("report")).asString().contains("operations.csv:6: segment_id: unknown segments id 'no-such-segment'");

        Map<String, Object> good = awaitFinished((String) post(MediaType.parseMediaType("application/zip"), zip(Datasets.BASE)).get("id"));
        assertThat(good.get("status")).isEqualTo("SUCCEEDED");
    }

    private Map<String, Object> post(MediaType type, Object body) {
        return http().post().uri("/admin/imports").header("Authorization", "Bearer " + TOKEN).contentType(type).bodyValue(body)
                .exchange().expectStatus().isAccepted().expectBody(MAP).returnResult().getResponseBody();
    }

    private Map<String, Object> awaitFinished(String id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Map<String, Object> status = http().get().uri("/admin/imports/" + id).header("Authorization", "Bearer " + TOKEN)
                    .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
            if (!"RUNNING".equals(status.get("status"))) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + id + " did not finish");
    }

    @SuppressWarnings("unchecked")
    private String enterpriseName(String uscc) {
        Map<String, Object> response = http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ enterprise(uscc: \"" + uscc + "\") { name } }"))
                .exchange().expectStatus().isOk().expectBody(MAP).returnResult().getResponseBody();
        return (String) ((Map<String, Object>) ((Map<String, Object>) response.get("data")).get("enterprise")).get("name");
    }

    private static byte[] zip(Path directory) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes); var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                zip.putNextEntry(new ZipEntry("dataset/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
