package org.chaingraph.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chaingraph.graphql.BadRequestException;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void escapesEveryLuceneSpecialCharacter() {
        assertThat(SearchText.of("a+b-c!d(e)f:g^h[i]j\"k{l}m~n*o?p|q&r/s\\t").luceneQuery())
                .isEqualTo("a\\+b\\-c\\!d\\(e\\)f\\:g\\^h\\[i\\]j\\\"k\\{l\\}m\\~n\\*o\\?p\\|q\\&r\\/s\\\\t");
    }

    @Test
    void operatorsBecomeWords() {
        assertThat(SearchText.of("芯片 AND 设备 OR NOT").luceneQuery()).isEqualTo("芯片 and 设备 or not");
    }

    @Test
    void leavesChineseAlone() {
        assertThat(SearchText.of("  嘉兴华芯  ").luceneQuery()).isEqualTo("嘉兴华芯");
    }

    @Test
    void singleCharacterCountsCodePoints() {
        assertThat(SearchText.of("芯").isSingleCharacter()).isTrue();
        assertThat(SearchText.of(" A ").isSingleCharacter()).isTrue();
        // A character outside the BMP is one character, two chars in Java.
        assertThat(SearchText.of("𠀀").isSingleCharacter()).isTrue();
        assertThat(SearchText.of("华芯").isSingleCharacter()).isFalse();
    }

    @Test
    void rejectsBlankAndOverlongText() {
        assertThatThrownBy(() -> SearchText.of(" \t")).isInstanceOf(BadRequestException.class).hasMessage("text: must not be blank");
        assertThatThrownBy(() -> SearchText.of(null)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SearchText.of("芯".repeat(SearchText.MAX_LENGTH + 1)))
                .isInstanceOf(BadRequestException.class).hasMessageStartingWith("text: ");
    }
}
