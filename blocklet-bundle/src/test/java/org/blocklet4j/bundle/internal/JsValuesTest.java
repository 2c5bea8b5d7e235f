package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.JsonNodeFactory;

/** {@code Number(x) || 0} as Node 20 computes it. */
class JsValuesTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void convertsStringsAsJavaScriptNumberDoes() {
        assertThat(number(" 12 ")).isEqualTo(12);
        assertThat(number("0x10")).isEqualTo(16);
        assertThat(number("1e3")).isEqualTo(1000);
        assertThat(number("1.")).isEqualTo(1);
        assertThat(number(".5")).isEqualTo(0.5);
        assertThat(number("-0x10")).isZero();
        assertThat(number("12abc")).isZero();
        assertThat(number("")).isZero();
        assertThat(number("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void rejectsLongNonNumberInLinearTime() {
        assertThat(number("1".repeat(200_000) + "x")).isZero();
        assertThat(number("1".repeat(2_000))).isEqualTo(Double.POSITIVE_INFINITY);
    }

    private static double number(String s) {
        return JsValues.toNumberOrZero(NODES.stringNode(s));
    }
}
