package org.chaingraph.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.regex.Pattern;

import org.chaingraph.e2e.SmallDatasetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** GraphiQL must work on isolated government networks: every asset it loads comes from this server. */
class OfflineGraphiQlTest extends SmallDatasetTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Autowired
    TestRestTemplate http;

    @Test
    void graphiqlLoadsOnlyAssetsServedByTheApplication() {
        var page = http.getForEntity("/graphiql", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("GraphiQL.createFetcher").doesNotContain("http://", "https://");

        var assets = new ArrayList<String>();
        var matcher = ASSET.matcher(page.getBody());
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).hasSize(4);
        for (String asset : assets) {
            String path = java.net.URI.create("http://localhost/graphiql").resolve(asset).getPath(); // as a browser resolves it
            var response = http.getForEntity(path, byte[].class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody()).as(path).hasSizeGreaterThan(1000);
        }
    }

    @Test
    void theSchemaCanBeDownloaded() {
        var schema = http.getForEntity("/graphql/schema", String.class);
        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getBody()).contains("type Query", "enterprise(uscc: ID!): Enterprise");
    }
}
