package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** lodash's {@code omit} results, from {@code conformance/reference/bundle/omit-vectors.js}. */
class LodashOmitVectorsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = LodashOmitVectorsTest.class.getResourceAsStream("omit.json")) {
            JsonNode all = JSON.readTree(in);
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : all.get("cases")) {
                out.add(Arguments.of(c.get("field").toString(), all.get("source"), c.get("field"), c.get("result"),
                        c.get("source")));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void omitsAsLodashDoesSharingArrays(String name, JsonNode source, JsonNode field, JsonNode result,
            JsonNode sourceAfter) {
        ObjectNode object = (ObjectNode) source.deepCopy();
        assertThat(StableJson.write(LodashOmit.omit(object, field))).isEqualTo(StableJson.write(result));
        assertThat(StableJson.write(object)).isEqualTo(StableJson.write(sourceAfter));
    }

    @Test
    void handlesLongHostilePathsInLinearTime() {
        String hostile = "[\"".repeat(50_000) + "\\".repeat(50_000) + "a.[]".repeat(20_000);
        ObjectNode object = JSON.createObjectNode().put("a", 1);
        assertThat(LodashOmit.omit(object, JSON.getNodeFactory().stringNode(hostile)).get("a").asInt()).isEqualTo(1);
    }
}
