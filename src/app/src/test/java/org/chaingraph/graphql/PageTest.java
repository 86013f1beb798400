package org.chaingraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void defaultsToTwentyFromTheStart() {
        var page = Page.of(null, null);
        assertThat(page.first()).isEqualTo(20);
        assertThat(page.parameters()).containsEntry("after", "").containsEntry("limit", 21);
    }

    @Test
    void acceptsZeroToOneHundred() {
        assertThat(Page.of(0, null).limit()).isEqualTo(1);
        assertThat(Page.of(100, null).limit()).isEqualTo(101);
    }

    @Test
    void rejectsFirstOutOfRangeNamingIt() {
        assertThatThrownBy(() -> Page.of(101, null))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("first: must be between 0 and 100, got 101");
        assertThatThrownBy(() -> Page.of(-1, null)).hasMessage("first: must be between 0 and 100, got -1");
    }

    @Test
    void startsAfterTheCursorsKey() {
        var page = Page.of(5, Cursor.encode("B"));
        assertThat(page.afterKey()).isEqualTo("B");
        assertThat(page.parameters()).containsEntry("after", "B").containsEntry("limit", 6);
    }

    @Test
    void equalPagesAreEqualSoBatchesCanShareAStatement() {
        assertThat(Page.of(5, Cursor.encode("B"))).isEqualTo(Page.of(5, Cursor.encode("B")));
    }
}
