package org.blocklet4j.meta.internal.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsStringsTest {
    @Test
    void whitespaceClassMatchesTheSameCodeUnitsAsIsWhitespace() {
        Pattern space = Pattern.compile("[" + JsStrings.WHITESPACE_CLASS + "]");
        for (char c = 0; c < 0xFFFF; c++) {
            assertThat(space.matcher(String.valueOf(c)).matches()).as("U+%04X", (int) c)
                    .isEqualTo(JsStrings.isWhitespace(c));
        }
    }

    @Test
    void inlineWhitespaceIsWhitespaceWithoutLineTerminators() {
        for (int c = 0; c < 0xFFFF; c++) {
            boolean lineTerminator = c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
            assertThat(JsStrings.isInlineWhitespace(c)).as("U+%04X", c)
                    .isEqualTo(JsStrings.isWhitespace((char) c) && !lineTerminator);
        }
        assertThat(JsStrings.isInlineWhitespace(-1)).isFalse();
        assertThat(JsStrings.isInlineWhitespace(0x10020)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"'0', 0", "'9', 9", "'a', 10", "'F', 15", "'g', -1", "'G', -1", "'/', -1", "'\uFF11', -1"})
    void readsAsciiHexDigitsOnly(char c, int value) {
        assertThat(JsStrings.hexValue(c)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"'1', 2, 1", "'2', 2, -1", "'7', 8, 7", "'8', 8, -1", "'9', 10, 9", "'a', 10, -1", "'f', 16, 15",
        "'\u0661', 10, -1"})
    void readsDigitsOfARadix(char c, int radix, int value) {
        assertThat(JsStrings.digitValue(c, radix)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"'00e9', 0, 4, 233", "'\\u00E9', 2, 4, 233", "'x41', 1, 2, 65", "'x4', 1, 2, -1", "'x4g', 1, 2, -1",
        "'ffff', 0, 4, 65535", "'fff', 0, 4, -1"})
    void readsFixedRunsOfHexDigits(String s, int from, int count, int value) {
        assertThat(JsStrings.hexValue(s, from, count)).isEqualTo(value);
    }
}
