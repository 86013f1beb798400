package org.chaingraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class KeyedTest {

    private final List<Keyed<String>> rows = List.of(new Keyed<>("b", "b1"), new Keyed<>("a", "a1"), new Keyed<>("b", "b2"));

    @Test
    void listsFollowTheParentsOrderAndKeepTheRowsOrder() {
        assertThat(Keyed.lists(List.of("a", "b", "c"), Function.identity(), rows))
                .containsExactly(List.of("a1"), List.of("b1", "b2"), List.of());
    }

    @Test
    void valuesLeaveOutParentsWithoutARow() {
        assertThat(Keyed.values(List.of("a", "c"), Function.identity(), List.of(new Keyed<>("a", "a1"))))
                .containsExactly(java.util.Map.entry("a", "a1"));
    }

    @Test
    void aSingleValuedRelationWithTwoRowsIsABug() {
        assertThatThrownBy(() -> Keyed.values(List.of("b"), Function.identity(), rows)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keysAreDistinct() {
        assertThat(Keyed.keys(List.of("a", "b", "a"), Function.identity())).containsExactly("a", "b");
    }
}
