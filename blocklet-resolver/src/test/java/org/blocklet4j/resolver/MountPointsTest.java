package org.blocklet4j.resolver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Default mount points and store URLs against values recorded from the reference
 * ({@code conformance/reference/vectors/mount-points.js}).
 */
class MountPointsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<JsonNode> vectors(String kind) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = MountPointsTest.class.getResourceAsStream("mount-points.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode v = JSON.readTree(line);
                    if (v.get("kind").stringValue().equals(kind)) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    static Stream<JsonNode> mountPoints() throws IOException {
        return vectors("mountPoint").stream();
    }

    static Stream<JsonNode> storeUrls() throws IOException {
        return vectors("storeUrl").stream();
    }

    @ParameterizedTest
    @MethodSource("mountPoints")
    void computesTheDefaultMountPointAsTheReference(JsonNode v) {
        String input = v.get("input").stringValue();
        assertThat(MountPoints.defaultFor(input, "", "")).as("%s", v).isEqualTo(v.get("mountPoint").stringValue());
    }

    @ParameterizedTest
    @MethodSource("storeUrls")
    void buildsStoreUrlsAsTheReference(JsonNode v) {
        var config = Metas.NODES.objectNode();
        var source = config.putObject("source");
        source.put("store", v.get("store").stringValue());
        source.put("name", v.get("name").stringValue());
        if (!v.get("version").isNull()) {
            source.put("version", v.get("version").stringValue());
        }
        assertThat(ComponentConfigs.sourceUrls(config, List.of())).as("%s", v)
                .containsExactly(v.get("url").stringValue());
    }

    @Test
    void fallsBackFromTitleToNameToDid() {
        assertThat(MountPoints.defaultFor("My Title", "my-name", "zDid")).isEqualTo("/my-title");
        assertThat(MountPoints.defaultFor("", "My_Name", "zDid")).isEqualTo("/my_name");
        assertThat(MountPoints.defaultFor("", "", "z8iZDid")).isEqualTo("/z8izdid");
        // A title of nothing but non-ASCII leaves only the slash, as in the reference.
        assertThat(MountPoints.defaultFor("中文", "name", "zDid")).isEqualTo("/");
    }
}
