package org.chaingraph.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.chaingraph.ChainGraphApplication;
import org.chaingraph.e2e.EmbeddedStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The README's GraphQL examples run as written against the demo dataset: each answers data and no
 * error, except an example shown to illustrate an error, which must fail the way the README says.
 */
@SpringBootTest(classes = ChainGraphApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadmeExamplesTest {

    private static final Pattern GRAPHQL_BLOCK = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL);

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        EmbeddedStore.register(registry, "readme", "../seeds/demo");
        // As the README runs them: default anonymous role, the ANALYST key its curl example sends.
        registry.add("chaingraph.security.anonymous-role", () -> "VIEWER");
        registry.add("chaingraph.security.api-keys", () -> "ANALYST:change-me-analyst,EDITOR:change-me-editor");
    }

    @Autowired
    TestRestTemplate http;

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleAnswersFromTheDemoData() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        var examples = new ArrayList<String>();
        var matcher = GRAPHQL_BLOCK.matcher(readme);
        while (matcher.find()) {
            examples.add(matcher.group(1));
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(8);
        return examples.stream().map(query -> DynamicTest.dynamicTest(firstLine(query), () -> {
            var headers = new org.springframework.http.HttpHeaders();
            headers.set("X-API-Key", "change-me-analyst");
            JsonNode response = http.postForObject("/graphql", new org.springframework.http.HttpEntity<>(Map.of("query", query), headers), JsonNode.class);
            if (readme.contains(query + "```\n\n```json")) {
                // shown as an error example: the README prints the error that follows it
                assertThat(response.path("errors").get(0).path("extensions").path("classification").asText()).isEqualTo("BAD_REQUEST");
                assertThat(response.path("errors").get(0).path("extensions").path("code").asText()).isEqualTo("INVALID_ARGUMENT");
                return;
            }
            assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
            assertThat(nonEmptyLists(response.path("data"))).as("every list in %s has data", response).isTrue();
        }));
    }

    private static String firstLine(String query) {
        return query.strip().lines().skip(1).findFirst().orElse(query).strip();
    }

    /** Every list in the answer has at least one element: an example that shows nothing shows nothing. */
    private static boolean nonEmptyLists(JsonNode node) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                return false;
            }
            List<JsonNode> items = new ArrayList<>();
            node.forEach(items::add);
            return items.stream().allMatch(ReadmeExamplesTest::nonEmptyLists);
        }
        if (node.isObject()) {
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                // legitimately empty for some rows (a top-of-chain segment has no upstream; a ready candidate has nothing unmet)
                if (List.of("upstream", "downstream", "clusters", "expires", "unmet").contains(field.getKey())) {
                    continue;
                }
                if (!nonEmptyLists(field.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }
}
