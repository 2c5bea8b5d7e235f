package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsTree;

import tools.jackson.databind.JsonNode;

/** Loading YAML in tests and comparing with values written as JSON. */
final class YamlAssert {
    private YamlAssert() {
    }

    /** The loaded value; fails the test when the text does not load. */
    static JsonNode load(String yaml) {
        YamlLoad load = JsYaml.load(yaml);
        assertThat(load.problems()).as("problems loading %s", yaml).isEmpty();
        assertThat(load.value()).as("value of %s", yaml).isNotNull();
        return load.value();
    }

    /**
     * Asserts that {@code yaml} loads to what {@code JSON.parse(JSON.stringify(value))} would give back as
     * {@code json}: dates as ISO strings, NaN and the infinities as null; keys in the order written.
     */
    static void assertLoadsAs(String yaml, String json) {
        JsonNode expected = JsJson.load(json).value();
        assertThat(expected).as("expected JSON %s", json).isNotNull();
        assertThat(Canonical.of(JsTree.toJson(load(yaml)))).as("loading %s", yaml).isEqualTo(Canonical.of(expected));
    }

    /** Asserts that {@code yaml} fails to load with one diagnostic of {@code code}; returns it. */
    static Diagnostic assertFails(String yaml, String code) {
        YamlLoad load = JsYaml.load(yaml);
        assertThat(load.isLoaded()).as("%s should not load", yaml).isFalse();
        assertThat(load.value()).isNull();
        assertThat(load.sourceMap().isEmpty()).isTrue();
        assertThat(load.problems()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.isError()).isTrue();
            assertThat(d.pointer()).isEmpty();
        });
        return load.problems().get(0);
    }

    /** The single value of a one-entry document {@code v: <scalar>}. */
    static JsonNode scalar(String scalar) {
        return load("v: " + scalar).get("v");
    }
}
