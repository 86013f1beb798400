package org.chaingraph.e2e.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.chaingraph.e2e.EmbeddedStore;
import org.chaingraph.neo4j.CypherStatements;
import org.chaingraph.neo4j.EmbeddedNeo4j;
import org.chaingraph.neo4j.Graph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.GraphDatabase;

/**
 * Writes in explicit transactions join the bookmark chain that reads use, so on a cluster
 * ({@code neo4j://}) a read after a write waits for it: a routing driver over the embedded server
 * shows each write's bookmark reaching the shared bookmark manager.
 */
class BookmarkChainTest {

    @Test
    void transactionalWritesAndSchemaScriptsAdvanceTheBookmarksReadsUse() {
        try (var neo4j = EmbeddedNeo4j.start(EmbeddedStore.tempDirectory("bookmarks").resolve("neo4j"), 0, "32m");
             var driver = GraphDatabase.driver(neo4j.boltUri().replace("bolt://", "neo4j://"), neo4j.authToken())) {
            var graph = new Graph(driver, "neo4j", new CypherStatements());
            var bookmarks = driver.executableQueryBookmarkManager();

            graph.runScript("schema/schema");
            Set<Bookmark> afterSchema = bookmarks.getBookmarks();
            graph.inWriteTransaction(tx -> {
                tx.run("imports/chains", Map.of("rows", List.of(Map.of("id", "bookmarked", "name", "书签链"))));
                return null;
            });
            Set<Bookmark> afterWrite = bookmarks.getBookmarks();

            assertThat(afterSchema).isNotEmpty();
            assertThat(afterWrite).isNotEmpty().isNotEqualTo(afterSchema);
            assertThat(graph.read("testing/count-label", Map.of("label", "Chain"), r -> r.get("n").asLong())).containsExactly(1L);
        }
    }
}
