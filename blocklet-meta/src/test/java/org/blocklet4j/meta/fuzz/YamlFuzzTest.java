package org.blocklet4j.meta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.yaml.JsYaml;
import org.blocklet4j.meta.internal.yaml.YamlLoad;

import com.code_intelligence.jazzer.junit.FuzzTest;

import tools.jackson.databind.JsonNode;

/**
 * Fuzz targets for the YAML loader: any bytes or text give a loaded value, no document, or one problem; never an
 * exception; the same input gives the same outcome. Seeds: {@code YamlFuzzTestInputs/<method>/} in the test
 * resources; see FUZZING.md.
 */
class YamlFuzzTest {
    @FuzzTest
    void loadsAnyBytes(byte[] data) {
        YamlLoad first = JsYaml.load(data);
        assertWellFormed(first);
        assertSameLoad(JsYaml.load(data), first);
    }

    /** Text reaches the loader as a String too, which can hold what UTF-8 bytes cannot: lone surrogates. */
    @FuzzTest
    void loadsAnyText(byte[] data) {
        String text = FuzzText.decode(data);
        YamlLoad first = JsYaml.load(text);
        assertWellFormed(first);
        assertSameLoad(JsYaml.load(text), first);
    }

    static void assertWellFormed(YamlLoad load) {
        if (!load.isLoaded()) {
            assertThat(load.problems()).hasSize(1);
            assertThat(load.value()).isNull();
            Contract.assertWellFormed(load.problems());
        } else if (load.isUndefined()) {
            assertThat(load.value()).isNull();
        } else {
            JsonNode value = load.value();
            assertThat(value).isNotNull();
            // The tree is in the JsTree conventions, which every later step relies on.
            assertNumbersAreDoubles(value, 0);
            JsTree.toJson(value);
        }
    }

    private static void assertNumbersAreDoubles(JsonNode node, int depth) {
        assertThat(depth).as("nesting").isLessThanOrEqualTo(200);
        if (node.isNumber()) {
            assertThat(node.isDouble()).as("number %s is a double node", node).isTrue();
        }
        for (JsonNode child : node) {
            assertNumbersAreDoubles(child, depth + 1);
        }
    }

    static void assertSameLoad(YamlLoad again, YamlLoad first) {
        assertThat(again.isLoaded()).isEqualTo(first.isLoaded());
        assertThat(again.isUndefined()).isEqualTo(first.isUndefined());
        assertThat(again.problems()).isEqualTo(first.problems());
        assertThat(again.value()).isEqualTo(first.value());
    }
}
