package org.blocklet4j.meta.internal.js;

import static org.assertj.core.api.Assertions.assertThat;

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
}
