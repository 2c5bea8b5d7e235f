package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DoubleNode;

/** {@code JSON.parse} semantics on Jackson's streaming parser. */
class JsJsonTest {

    private static JsonNode parse(String json) {
        YamlLoad load = JsJson.load(json);
        assertThat(load.problems()).isEmpty();
        return load.value();
    }

    @Test
    void readsEveryNumberAsADouble() {
        JsonNode v = parse("[1, -0, 1e400, 9007199254740993, 0.1]");
        assertThat(v.get(0)).isInstanceOf(DoubleNode.class);
        assertThat(Double.doubleToRawLongBits(v.get(1).doubleValue())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(v.get(2).doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(v.get(3).doubleValue()).isEqualTo(9007199254740992.0);
        assertThat(v.get(4).doubleValue()).isEqualTo(0.1);
    }

    @Test
    void keepsTheLastDuplicateInTheFirstPlace() {
        assertThat(Canonical.of(parse("{\"a\": 1, \"b\": 2, \"a\": 3}"))).isEqualTo("{\"a\":N(3),\"b\":N(2)}");
    }

    @Test
    void ordersKeysAsJavaScriptOwnProperties() {
        assertThat(parse("{\"b\":1,\"1\":2,\"0\":3,\"a\":4,\"4294967295\":5}").propertyNames())
                .containsExactly("0", "1", "b", "a", "4294967295");
    }

    @Test
    void keepsProtoAsAnOrdinaryKey() {
        assertThat(parse("{\"__proto__\": {\"x\": 1}}").get("__proto__").get("x").doubleValue()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\uFEFF{}", "{\"a\":1,}", "[1,]", "01", "1.", ".5", "+1", "NaN", "{\"a\":1} x",
        "1 2", "\"\u0001\"", "\u00a0{}", "\"\\x\"", "{'a':1}", "// c\n{}", "tru", "[1e309"})
    void rejectsWhatJsonParseRejects(String json) {
        assertThat(JsJson.load(json).problems()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("json.syntax"));
    }

    @Test
    void readsLongNumbersAndStrings() {
        assertThat(parse("1".repeat(1000)).doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(parse("\"" + "x".repeat(65_536) + "\"").stringValue()).hasSize(65_536);
    }

    @Test
    void limitsNesting() {
        assertThat(JsJson.load("[".repeat(100) + "]".repeat(100)).isLoaded()).isTrue();
        assertThat(JsJson.load("[".repeat(101) + "]".repeat(101)).problems()).singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("json.depth"));
    }
}
