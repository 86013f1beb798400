package org.chaingraph.e2e.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chaingraph.e2e.graphql.SmallDataset.ENTERPRISES;
import static org.chaingraph.e2e.graphql.SmallDataset.FILLERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

class EnterprisePaginationTest extends GraphQlApiTest {

    @Test
    void pagesFollowEachOtherByCursorInUsccOrderWithTotalCount() {
        var seen = new ArrayList<String>();
        String after = null;
        var hasNext = new ArrayList<Boolean>();
        var hasPrevious = new ArrayList<Boolean>();
        do {
            var page = graphQl.documentName("enterprises").variable("first", 20).variable("after", after).execute();
            page.path("enterprises.totalCount").entity(Integer.class).isEqualTo(ENTERPRISES);
            List<String> usccs = page.path("enterprises.edges[*].node.uscc").entityList(String.class).get();
            List<String> cursors = page.path("enterprises.edges[*].cursor").entityList(String.class).get();
            Map<?, ?> pageInfo = page.path("enterprises.pageInfo").entity(Map.class).get();
            assertThat(pageInfo.get("startCursor")).isEqualTo(cursors.get(0));
            assertThat(pageInfo.get("endCursor")).isEqualTo(cursors.get(cursors.size() - 1));
            hasNext.add((Boolean) pageInfo.get("hasNextPage"));
            hasPrevious.add((Boolean) pageInfo.get("hasPreviousPage"));
            seen.addAll(usccs);
            after = (Boolean) pageInfo.get("hasNextPage") ? (String) pageInfo.get("endCursor") : null;
        } while (after != null);

        assertThat(seen).hasSize(ENTERPRISES).doesNotHaveDuplicates().isSorted();
        assertThat(hasNext).containsExactly(true, true, false);
        assertThat(hasPrevious).containsExactly(false, true, true);
    }

    @Test
    void filteredPagesAddUpToTheFilteredTotal() {
        var filter = Map.<String, Object>of("regionCode", "330411");
        var seen = new ArrayList<String>();
        String after = null;
        int pages = 0;
        do {
            var page = graphQl.documentName("enterprises").variable("filter", filter).variable("first", 10).variable("after", after).execute();
            page.path("enterprises.totalCount").entity(Integer.class).isEqualTo(4 + FILLERS);
            seen.addAll(page.path("enterprises.edges[*].node.uscc").entityList(String.class).get());
            after = page.path("enterprises.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? page.path("enterprises.pageInfo.endCursor").entity(String.class).get() : null;
            pages++;
        } while (after != null);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(4 + FILLERS).doesNotHaveDuplicates().isSorted().allMatch(uscc -> uscc.startsWith("91330411"));
    }

    @Test
    void defaultPageSizeIsTwenty() {
        graphQl.documentName("enterprises").execute()
                .path("enterprises.edges").entityList(Object.class).hasSize(20)
                .path("enterprises.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void firstZeroGivesNoEdgesButTellsWhetherThereAreAny() {
        var page = graphQl.documentName("enterprises").variable("first", 0).execute();
        page.path("enterprises.edges").entityList(Object.class).hasSize(0);
        page.path("enterprises.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        page.path("enterprises.pageInfo.endCursor").valueIsNull();
        page.path("enterprises.totalCount").entity(Integer.class).isEqualTo(ENTERPRISES);
    }

    @Test
    void cursorsAreOpaque() {
        var page = graphQl.documentName("enterprises").variable("first", 1).execute();
        String uscc = page.path("enterprises.edges[0].node.uscc").entity(String.class).get();
        page.path("enterprises.edges[0].cursor").entity(String.class).satisfies(cursor -> assertThat(cursor).doesNotContain(uscc));
    }

    @Test
    void firstAboveOneHundredIsBadRequestNamingFirst() {
        expectBadRequest(graphQl.documentName("enterprises").variable("first", 101).execute(), "first", "got 101");
    }

    @Test
    void negativeFirstIsBadRequestNamingFirst() {
        expectBadRequest(graphQl.documentName("enterprises").variable("first", -1).execute(), "first", "got -1");
    }

    @Test
    void firstOfOneHundredIsAllowed() {
        graphQl.documentName("enterprises").variable("first", 100).execute()
                .path("enterprises.edges").entityList(Object.class).hasSize(ENTERPRISES);
    }

    @Test
    void malformedCursorIsBadRequestNamingAfter() {
        expectBadRequest(graphQl.documentName("enterprises").variable("after", "not a cursor").execute(), "after", "invalid cursor");
        // Valid base64, but not one of ours.
        expectBadRequest(graphQl.documentName("enterprises").variable("after", "aGVsbG8").execute(), "after", "invalid cursor");
    }

    private static void expectBadRequest(GraphQlTester.Response response, String argument, String detail) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(e -> assertThat(badRequestNaming(e, argument)).as(e.getMessage()).isTrue())
                .satisfies(e -> assertThat(e.getMessage()).contains(detail)));
    }
}
