package org.chaingraph.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void decodesWhatItEncodes() {
        String cursor = Cursor.encode("91330402MA2C000017");
        assertThat(Cursor.decode(cursor, "after")).isEqualTo("91330402MA2C000017");
    }

    @Test
    void cursorIsUrlSafeAndDoesNotShowTheKey() {
        String cursor = Cursor.encode("91330402MA2C000017");
        assertThat(cursor).doesNotContain("91330402MA2C000017").matches("[A-Za-z0-9_-]+");
    }

    @Test
    void keepsNonAsciiKeys() {
        assertThat(Cursor.decode(Cursor.encode("嘉兴:1"), "after")).isEqualTo("嘉兴:1");
    }

    @Test
    void rejectsWhatIsNotBase64() {
        assertThatThrownBy(() -> Cursor.decode("not a cursor!", "after"))
                .isInstanceOf(BadRequestException.class)
                .hasMessageStartingWith("after: invalid cursor 'not a cursor!'");
    }

    @Test
    void rejectsBase64ThatIsNotOurs() {
        // "hello" and "cg1:" (our prefix with an empty key)
        assertThatThrownBy(() -> Cursor.decode("aGVsbG8", "after")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Cursor.decode("Y2cxOg", "after")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void namesTheArgumentItWasGiven() {
        assertThatThrownBy(() -> Cursor.decode("%%%", "members.after"))
                .hasMessageStartingWith("members.after: ");
    }
}
