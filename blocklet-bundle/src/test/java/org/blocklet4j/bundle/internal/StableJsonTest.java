package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class StableJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Expected text from json-stable-stringify 1.3 under Node 20. */
    @Test
    void writesAsJsonStableStringify() {
        ObjectNode node = JSON.createObjectNode();
        node.put("b", 1);
        node.putArray("a").add(1e21).add(0.1).add(-0.0).add(1e-7).add(123456789012345680000.0)
                .add("\ud800x\u001f\u007f\u2028");
        node.put("\u00e9", true);
        node.putNull("Z");
        node.putObject("\ud83d\ude00");
        node.put("\uff01", 2.5);
        assertThat(StableJson.write(node)).isEqualTo(
                "{\"Z\":null,\"a\":[1e+21,0.1,0,1e-7,123456789012345680000,\"\\ud800x\\u001f\u007f\u2028\"],"
                        + "\"b\":1,\"\u00e9\":true,\"\ud83d\ude00\":{},\"\uff01\":2.5}");
    }

    @Test
    void writesIntegralNodesAsJavaScriptNumbers() {
        assertThat(StableJson.write(JSON.readTree("[12345678901234567890, 1.0, 100, -5e-324]")))
                .isEqualTo("[12345678901234567000,1,100,-5e-324]");
    }
}
