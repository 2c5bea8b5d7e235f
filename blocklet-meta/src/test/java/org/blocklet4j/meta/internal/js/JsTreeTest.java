package org.blocklet4j.meta.internal.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.node.ObjectNode;

class JsTreeTest {
    @ParameterizedTest
    @CsvSource({"0, true", "7, true", "4294967294, true", "4294967295, false", "01, false", "-1, false",
        "1.0, false", "'', false", "12345678901, false", "1e3, false"})
    void recognisesCanonicalArrayIndices(String key, boolean index) {
        assertThat(JsTree.isArrayIndex(key)).isEqualTo(index);
    }

    @Test
    void putsArrayIndicesFirstInAscendingOrder() {
        ObjectNode o = JsTree.NODES.objectNode();
        o.put("b", 1.0);
        o.put("10", 2.0);
        o.put("a", 3.0);
        o.put("2", 4.0);
        o.put("4294967295", 5.0);
        JsTree.toJsOrder(o);
        assertThat(o.propertyNames()).containsExactly("2", "10", "b", "a", "4294967295");
    }

    /** Found by fuzzing: Jackson's doubleValue() throws for these, and validating such a tree failed. */
    @Test
    void fromJsonTurnsNumbersBeyondTheDoubleRangeIntoInfinityOrZero() {
        ObjectNode o = JsTree.NODES.objectNode();
        o.put("big", BigInteger.TEN.pow(400));
        o.put("negative", BigInteger.TEN.pow(400).negate());
        o.put("decimal", new BigDecimal("1e400"));
        o.put("tiny", new BigDecimal("-1e-400"));
        o.put("exact", new BigDecimal("0.1"));
        o.put("long", Long.MAX_VALUE);

        var tree = JsTree.fromJson(o);

        assertThat(tree.get("big").isDouble()).isTrue();
        assertThat(tree.get("big").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(tree.get("negative").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(tree.get("decimal").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(tree.get("tiny").doubleValue()).isEqualTo(-0d);
        assertThat(tree.get("exact").doubleValue()).isEqualTo(0.1);
        assertThat(tree.get("long").doubleValue()).isEqualTo(9.223372036854776E18);
    }
}
