package org.chaingraph.e2e.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.chaingraph.e2e.HeadlessChromium;
import org.chaingraph.e2e.SmallDatasetTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GraphiQL renders in a real browser on a machine with no internet: React, GraphiQL and styles come from the jar. */
class GraphiQlInBrowserTest extends SmallDatasetTest {

    @LocalServerPort
    int port;

    @Test
    void graphiqlRendersItsEditorOffline() {
        try (var chromium = HeadlessChromium.start()) {
            String dom = chromium.dumpDom("http://127.0.0.1:" + port + "/graphiql", 15_000);

            assertThat(dom).contains("graphiql-container").contains("graphiql-editor").doesNotContain("Loading GraphiQL…");
        }
    }
}
