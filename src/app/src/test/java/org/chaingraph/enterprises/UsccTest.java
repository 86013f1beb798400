package org.chaingraph.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    @ParameterizedTest
    @ValueSource(strings = {
            // The worked example often cited for GB 32100-2015, and codes in the form registrars issue.
            "91350100M000100Y43", "911100001000079554", "91110000100000254N", "91310000132200821H",
            "91500000202800739K"})
    void acceptsCodesWhoseCheckCharacterMatches(String code) {
        assertThat(Uscc.problem(code)).isEmpty();
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "91350100M000100Y44|check character is '4', expected '3'",
            "91350100M000100Y4|must be 18 characters, got 17",
            "91350100M000100Y433|must be 18 characters, got 19",
            "91350100M000100I43|character 16 'I' is not allowed (digits and upper-case letters except I, O, S, V, Z)",
            "9135010aM000100Y43|character 8 'a' is not allowed (digits and upper-case letters except I, O, S, V, Z)",
            "913501A0M000100Y43|characters 3-8 must be the 6-digit administrative region code"})
    void namesWhatIsWrongWithABadCode(String code, String problem) {
        assertThat(Uscc.problem(code)).contains(problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91310115MA1K00001", "9150011200000000A", "Y1000000000000000"})
    void checkCharacterMakesAValidCode(String first17) {
        assertThat(Uscc.isValid(first17 + Uscc.checkCharacter(first17))).isTrue();
    }
}
