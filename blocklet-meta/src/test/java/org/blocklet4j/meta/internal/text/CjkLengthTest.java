package org.blocklet4j.meta.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

class CjkLengthTest {
    /** Recorded from cjk-length 1.0.0 by {@code conformance/reference/vectors/cjk-length.js}. */
    static Stream<JsonNode> vectors() {
        return JsonLines.read(CjkLengthTest.class, "cjk-length-vectors.jsonl").stream();
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void matchesReference(JsonNode v) {
        String input = v.get("input").stringValue();
        assertThat(CjkLength.of(input)).as("cjkLength(%s)", input).isEqualTo(v.get("length").intValue());
    }

    @Test
    void countsWideAndFullWidthUnitsTwice() {
        assertThat(CjkLength.of("abcdeＡＢＣＤＥ")).isEqualTo(15);
        assertThat(CjkLength.of("中文名")).isEqualTo(6);
        assertThat(CjkLength.of("")).isZero();
    }

    @Test
    void countsAstralCharactersByTheirTwoUnits() {
        assertThat(CjkLength.of("😀")).isEqualTo(2);
        assertThat(CjkLength.of("\ud840\udc00")).isEqualTo(2);
    }

    @Test
    void usesThePackagesOldRangesNotCurrentUnicode() {
        // U+9FA6 is a CJK ideograph today but lies past the package's range end U+9FA5.
        assertThat(CjkLength.of("\u9fa6")).isEqualTo(1);
        assertThat(CjkLength.of("\u9fa5")).isEqualTo(2);
    }
}
