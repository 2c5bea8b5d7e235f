package org.blocklet4j.meta.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * The cases of the project suite that validate with Joi's {@code noDefaults} ({@code schemaOptions} of
 * {@code parse()} and {@code validateMeta()}, the options of the resolver's {@code validateBlockletMeta}), held to
 * more than the suite's own comparison: the normalised manifest must have the reference's keys in the
 * reference's order at every depth, since a store or server hashes and signs it, and every reference error must
 * come with its message at its pointer.
 */
class NoDefaultsConformanceTest {
    private static final Path ROOT = Path.of("..", "conformance").toAbsolutePath().normalize();

    static Stream<Arguments> cases() throws IOException {
        Assumptions.assumeTrue(Files.exists(ROOT.resolve("expected-meta.jsonl")), "no conformance suite");
        List<Arguments> out = new ArrayList<>();
        for (String suite : List.of("cases", "cases-meta")) {
            Path golden = ROOT.resolve(suite.equals("cases") ? "expected.jsonl" : "expected-meta.jsonl");
            for (Map.Entry<String, JsonNode> e : Golden.load(golden).entrySet()) {
                Path dir = ROOT.resolve(suite).resolve(e.getKey());
                Path options = dir.resolve(suite.equals("cases") ? "parse-options.json" : "options.json");
                if (Files.exists(options) && Files.readString(options).contains("\"noDefaults\": true")) {
                    out.add(Arguments.of(suite + "/" + e.getKey(), dir, e.getValue()));
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(20);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void agreesWithReferenceExactly(String id, Path dir, JsonNode record) throws IOException {
        ManifestResult ours = id.startsWith("cases-meta/") ? Golden.readTree(dir) : Golden.read(dir);
        boolean valid = record.get("valid").booleanValue();
        assertThat(ours.isValid()).as("verdict; ours %s", ours.errors()).isEqualTo(valid);
        if (valid) {
            JsonNode actual = ours.json().orElseThrow();
            assertThat(orderDiff(actual, record.get("value"), "")).as("key order").isNull();
            assertThat(Golden.firstDiff(actual, record.get("value"), "")).as("value").isNull();
            return;
        }
        for (JsonNode e : record.get("errors")) {
            String pointer = e.get("pointer").stringValue();
            String want = pointer.equals("/") ? "" : pointer;
            String message = e.get("message").stringValue();
            assertThat(ours.errors()).as("error %s at %s", message, pointer)
                    .anyMatch(d -> d.pointer().equals(want) && d.message().equals(message));
        }
        assertThat(ours.errors().stream().map(Diagnostic::message).distinct().count()).as("no errors of our own")
                .isEqualTo(record.get("errors").size());
    }

    /** The first place where the two trees name the same keys in another order, or null. */
    private static String orderDiff(JsonNode a, JsonNode b, String at) {
        if (a.isObject() && b.isObject()) {
            List<String> ka = new ArrayList<>(a.propertyNames());
            List<String> kb = new ArrayList<>(b.propertyNames());
            if (!ka.equals(kb)) {
                return (at.isEmpty() ? "/" : at) + ": " + ka + " != " + kb;
            }
            for (Iterator<String> it = kb.iterator(); it.hasNext(); ) {
                String k = it.next();
                String d = orderDiff(a.get(k), b.get(k), at + "/" + k);
                if (d != null) {
                    return d;
                }
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                String d = orderDiff(a.get(i), b.get(i), at + "/" + i);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }
}
