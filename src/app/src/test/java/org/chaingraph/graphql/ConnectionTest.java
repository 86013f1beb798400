package org.chaingraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ConnectionTest {

    @Test
    void extraRowMeansANextPageAndIsNotShown() {
        var connection = Connection.of(List.of("A", "B", "C"), Page.of(2, null), 7, 0, Function.identity());

        assertThat(connection.edges()).extracting(Edge::node).containsExactly("A", "B");
        assertThat(connection.pageInfo().hasNextPage()).isTrue();
        assertThat(connection.pageInfo().hasPreviousPage()).isFalse();
        assertThat(connection.pageInfo().startCursor()).isEqualTo(Cursor.encode("A"));
        assertThat(connection.pageInfo().endCursor()).isEqualTo(Cursor.encode("B"));
        assertThat(connection.edges().get(1).cursor()).isEqualTo(Cursor.encode("B"));
        assertThat(connection.totalCount()).isEqualTo(7);
    }

    @Test
    void lastPage() {
        var connection = Connection.of(List.of("E"), Page.of(2, Cursor.encode("D")), 5, 4, Function.identity());

        assertThat(connection.pageInfo().hasNextPage()).isFalse();
        assertThat(connection.pageInfo().hasPreviousPage()).isTrue();
    }

    @Test
    void emptyPageHasNoCursors() {
        var connection = Connection.of(List.<String>of(), Page.of(2, null), 0, 0, Function.identity());

        assertThat(connection.edges()).isEmpty();
        assertThat(connection.pageInfo().startCursor()).isNull();
        assertThat(connection.pageInfo().endCursor()).isNull();
        assertThat(connection.pageInfo().hasNextPage()).isFalse();
    }

    @Test
    void edgesMayCarryPropertiesOfTheirOwn() {
        record Member(String key, String role) {
        }
        record MemberEdge(String cursor, String node, String role) {
        }
        var connection = Connection.of(List.of(new Member("A", "ANCHOR")), Page.of(5, null), 1, 0, Member::key,
                (cursor, member) -> new MemberEdge(cursor, member.key(), member.role()));

        assertThat(connection.edges()).containsExactly(new MemberEdge(Cursor.encode("A"), "A", "ANCHOR"));
    }
}
