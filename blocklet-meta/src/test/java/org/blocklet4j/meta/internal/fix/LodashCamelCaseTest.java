package org.blocklet4j.meta.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LodashCamelCaseTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pre-install|preInstall",
        "public_url|publicUrl",
        "__proto__|proto",
        "ABTNode|abtNode",
        "specVersion|specVersion",
        "did|did",
        "Foo Bar|fooBar",
        "XMLHttpRequest|xmlHttpRequest",
        "1st place|1stPlace",
        "don't stop|dontStop",
        "crème brûlée|cremeBrulee",
        "a'b c’d|abCd",
    })
    void camelCasesAsLodash(String input, String expected) {
        assertThat(LodashCamelCase.camelCase(input)).isEqualTo(expected);
    }

    @Test
    void deburrsLatinLettersButNotTheMathSigns() {
        assertThat(LodashCamelCase.deburr("ÆØß×÷ĳŉ\u0301")).isEqualTo("AeOss×÷ij'n");
    }

    @Test
    void keepsSurrogatePairsOfEmojiTogether() {
        assertThat(LodashCamelCase.camelCase("a 👍🏽 b")).isEqualTo("a👍🏽B");
    }

    @Test
    void keepsAJoinedEmojiSequenceInOneWord() {
        // A joiner between letters is punctuation and splits them; between emoji it joins them.
        assertThat(LodashCamelCase.camelCase("x a\u200db")).isEqualTo("xAB");
        assertThat(LodashCamelCase.camelCase("x a😀\u200d😀b")).isEqualTo("xA😀\u200d😀B");
    }

    @Test
    void handlesLongKeysInLinearTime() {
        String key = "aB".repeat(50_000);
        assertThat(LodashCamelCase.camelCase(key)).hasSize(key.length());
        assertThat(LodashCamelCase.camelCase("Σ".repeat(100_000) + "1")).isNotEmpty();
        assertThat(LodashCamelCase.camelCase("\u200d".repeat(100_000))).isEmpty();
    }
}
