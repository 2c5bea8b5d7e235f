package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Expected results from lodash 4.17's {@code omit} under Node 20. */
class LodashOmitTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void omitsDeepPathLeavingArrayHole() {
        assertThat(omit("{\"a\":{\"b\":1,\"c\":[1,2,3]},\"x.y\":1,\"d\":2}", "\"a.c[1]\""))
                .isEqualTo("{\"a\":{\"b\":1,\"c\":[1,null,3]},\"x.y\":1,\"d\":2}");
    }

    @Test
    void takesExistingDottedKeyAsOneKey() {
        assertThat(omit("{\"a\":{\"b\":1},\"x.y\":1}", "\"x.y\"")).isEqualTo("{\"a\":{\"b\":1}}");
    }

    @Test
    void flattensListOfPaths() {
        assertThat(omit("{\"a\":{\"b\":1},\"d\":2,\"e\":3}", "[\"a.b\",\"d\"]")).isEqualTo("{\"a\":{},\"e\":3}");
    }

    @Test
    void readsQuotedBracketKey() {
        assertThat(omit("{\"a\":{\"b.c\":1,\"b\":{\"c\":2}}}", "\"a[\\\"b.c\\\"]\""))
                .isEqualTo("{\"a\":{\"b\":{\"c\":2}}}");
    }

    private static String omit(String object, String field) {
        JsonNode f = JSON.readTree(field);
        return LodashOmit.omit((ObjectNode) JSON.readTree(object), f).toString();
    }
}
