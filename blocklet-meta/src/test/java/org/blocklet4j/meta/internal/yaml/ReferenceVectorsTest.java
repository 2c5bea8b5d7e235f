package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Every case of {@code conformance/reference/vectors/yaml.js}: the same value as js-yaml 4.3.2 (numbers, dates,
 * binary data and key order included) or a failure where it fails; the same for {@code JSON.parse} and for Node's
 * UTF-8 decoding.
 */
class ReferenceVectorsTest {
    /**
     * The known differences from js-yaml, all on inputs no manifest has, each with the reason. For these the loader
     * fails where js-yaml loads; the test checks that it still does, so that a fix shows up here.
     */
    static final Map<String, String> KNOWN_GAPS = Map.of(
            "&a [*a]", "a recursive alias is an error; js-yaml builds a cycle that nothing after it can walk",
            "a: &x {b: *x}", "a recursive alias is an error; js-yaml builds a cycle",
            "a: \"\\L\\P\"", "snakeyaml-engine rejects the \\L and \\P escapes (U+2028, U+2029)",
            "k".repeat(1025) + ": v", "snakeyaml-engine limits implicit keys to 1024 characters",
            "1".repeat(5000) + ": v", "snakeyaml-engine limits implicit keys to 1024 characters");

    static Stream<Arguments> yamlVectors() {
        return JsonLines.named(ReferenceVectorsTest.class, "yaml-vectors.jsonl", "yaml");
    }

    @ParameterizedTest
    @MethodSource("yamlVectors")
    void loadsYamlAsJsYamlDoes(JsonNode row) {
        String text = row.get("yaml").stringValue();
        YamlLoad load = JsYaml.load(text);
        String expected = JsonLines.text(row, "value");
        if (KNOWN_GAPS.containsKey(text)) {
            assertThat(load.isLoaded()).as(KNOWN_GAPS.get(text)).isFalse();
            return;
        }
        if (expected == null) {
            assertThat(load.isLoaded()).as("js-yaml: %s", JsonLines.text(row, "error")).isFalse();
            assertThat(load.problems()).singleElement().satisfies(d -> {
                assertThat(d.code()).startsWith("yaml.");
                assertThat(d.pointer()).isEmpty();
                assertThat(d.message()).doesNotContain("snakeyaml").doesNotContain("\n");
            });
        } else {
            assertThat(load.problems()).isEmpty();
            assertThat(Canonical.of(load.value())).isEqualTo(expected);
            assertThat(load.isUndefined()).isEqualTo(expected.equals("U"));
        }
    }

    static Stream<Arguments> jsonVectors() {
        return JsonLines.named(ReferenceVectorsTest.class, "json-vectors.jsonl", "json");
    }

    @ParameterizedTest
    @MethodSource("jsonVectors")
    void loadsJsonAsJsonParseDoes(JsonNode row) {
        // JSON.parse has no bound on a number's length; ours (1,000 by default) is raised for the comparison.
        YamlLimits unboundedNumbers = new YamlLimits(100, 1_000_000L, 1024 * 1024, 100, 10_000, 50_000, 65_536,
                Integer.MAX_VALUE);
        YamlLoad load = JsJson.load(row.get("json").stringValue(), unboundedNumbers);
        String expected = JsonLines.text(row, "value");
        if (expected == null) {
            assertThat(load.problems()).as("JSON.parse: %s", JsonLines.text(row, "error")).singleElement()
                    .satisfies(d -> assertThat(d.code()).isEqualTo("json.syntax"));
        } else {
            assertThat(load.problems()).isEmpty();
            assertThat(Canonical.of(load.value())).isEqualTo(expected);
        }
    }

    static Stream<Arguments> utf8Vectors() {
        return JsonLines.named(ReferenceVectorsTest.class, "utf8-vectors.jsonl", row -> row.get("bytes").stringValue());
    }

    @ParameterizedTest
    @MethodSource("utf8Vectors")
    void decodesUtf8AsNodeBuffersDo(JsonNode row) {
        byte[] bytes = HexFormat.of().parseHex(row.get("bytes").stringValue());
        int[] expected = new int[row.get("codePoints").size()];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = row.get("codePoints").get(i).intValue();
        }
        assertThat(Utf8Decoder.decode(bytes).codePoints().toArray()).containsExactly(expected);
        YamlLoad load = JsYaml.load(bytes);
        String value = JsonLines.text(row, "value");
        if (value == null) {
            assertThat(load.isLoaded()).isFalse();
        } else {
            assertThat(Canonical.of(load.value())).isEqualTo(value);
        }
    }

    @Test
    void listsOnlyGapsThatAreVectors() {
        assertThat(JsonLines.read(ReferenceVectorsTest.class, "yaml-vectors.jsonl"))
                .map(r -> r.get("yaml").stringValue()).containsAll(KNOWN_GAPS.keySet());
    }
}
