package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.blocklet4j.meta.internal.js.JsTree;
import org.blocklet4j.meta.internal.schema.Context;
import org.blocklet4j.meta.internal.schema.Issue;
import org.blocklet4j.meta.internal.schema.ObjectSchema;
import org.blocklet4j.meta.internal.schema.Path;
import org.blocklet4j.meta.internal.schema.Reject;
import org.blocklet4j.meta.internal.schema.Result;
import org.blocklet4j.meta.testing.JsonLines;
import org.blocklet4j.meta.testing.TaggedJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link Docker} against {@code docker-vectors.jsonl}, recorded from the reference by
 * {@code conformance/reference/vectors/docker.js}: same verdict, same value (key order included), same errors
 * (type, path, message) as {@code dockerSchema}; same outcome of the top-level rule as {@code createBlockletSchema}.
 */
class DockerVectorsTest {
    private static final String RESOURCE = "docker-vectors.jsonl";

    static Stream<JsonNode> schemaVectors() {
        return vectors("schema");
    }

    static Stream<JsonNode> manifestVectors() {
        return vectors("manifest");
    }

    private static Stream<JsonNode> vectors(String kind) {
        return JsonLines.read(DockerVectorsTest.class, RESOURCE).stream()
                .filter(v -> v.get("kind").stringValue().equals(kind));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("schemaVectors")
    void validatesDockerSectionAsReference(JsonNode vector) {
        JsonNode input = vector.has("input") ? TaggedJson.decode(vector.get("input")) : null;
        Context ctx = new Context(null, ZoneOffset.UTC, true, true);
        Result result = Docker.schema().validate(input, Path.ROOT, ctx, null);

        assertThat(result.isValid()).as("verdict").isEqualTo(vector.get("valid").booleanValue());
        assertSameJs(result.value(), vector.has("value") ? TaggedJson.decode(vector.get("value")) : null, "value");
        assertThat(render(result.errors())).as("errors").containsExactlyElementsOf(expected(vector.get("errors")));
        JsonNode first = vector.get("firstError");
        if (!first.isNull()) {
            assertThat(render(result.errors().subList(0, 1))).as("first error (abortEarly)")
                    .containsExactly(expectedOne(first));
        }
        if (input instanceof ObjectNode object) {
            List<String> stripped = new ArrayList<>();
            for (String key : object.propertyNames()) {
                if (!KNOWN.contains(key)) {
                    stripped.add("/" + Path.escape(key));
                }
            }
            assertThat(ctx.warnings()).extracting(w -> w.path().pointer()).as("stripped keys")
                    .containsExactlyElementsOf(stripped);
        }
    }

    private static final Set<String> KNOWN = Set.of("workdir", "image", "shell", "volumes", "script",
            "installNodeModules", "skipWrapDockerfile", "tmpfs", "command", "runBaseScript", "env", "publish",
            "volume", "attach", "quiet", "entrypoint", "cidfile", "detachKeys", "disableContentTrust", "domainname",
            "expose", "ip", "linkLocalIp", "platform");

    /**
     * A whole manifest, reduced to what the docker rules see: {@code docker} validated at {@code /docker} (with
     * unknown keys kept when the reference ran with {@code allowUnknown}), then the top-level rule on a manifest
     * whose other keys are valid; {@code egress} stands for the keys the reference's schema adds after
     * {@code files}.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("manifestVectors")
    void appliesTopLevelRuleAsReference(JsonNode vector) {
        boolean keepUnknown = vector.get("options").has("allowUnknown");
        ObjectSchema schema = keepUnknown ? Docker.schema().unknown() : Docker.schema();
        Context ctx = new Context(null, ZoneOffset.UTC, !keepUnknown, true);
        Path docker = Path.ROOT.key("docker");
        Result result = schema.validate(TaggedJson.decode(vector.get("docker")), docker, ctx, null);
        JsonNode expectedValue = vector.get("value");
        assertSameJs(result.value(), TaggedJson.decode(expectedValue.get("docker")), "docker");

        List<String> errors = new ArrayList<>(render(result.errors()));
        ObjectNode meta = JsTree.NODES.objectNode();
        meta.set("docker", result.value());
        if (vector.has("files")) {
            meta.set("files", TaggedJson.decode(vector.get("files")));
        }
        meta.put("egress", true);
        if (result.isValid()) {
            try {
                Docker.checkTopLevel(meta);
            } catch (Reject reject) {
                // the rule's rejections are helpers.message(...) at the root: type custom, empty path
                errors.add(reject.getMessage() == null ? "" : "custom  " + reject.getMessage());
            }
        }
        JsonNode expectedErrors = vector.get("error");
        assertThat(errors).as("errors")
                .containsExactlyElementsOf(expectedErrors.isNull() ? List.of() : expected(expectedErrors));
        if (expectedErrors.isNull()) {
            JsonNode files = expectedValue.has("files") ? TaggedJson.decode(expectedValue.get("files")) : null;
            assertSameJs(meta.get("files"), files, "files");
            List<String> keys = new ArrayList<>(meta.propertyNames());
            assertThat(keys.get(keys.size() - 1)).as("last key").isEqualTo(expectedValue.get("lastKey").stringValue());
        }
    }

    /** An issue as {@code type path message}, the path as the reference prints it. */
    private static List<String> render(List<Issue> issues) {
        List<String> out = new ArrayList<>();
        for (Issue issue : issues) {
            out.add(issue.type() + " " + String.join(".", issue.path().segments().stream().map(String::valueOf)
                    .toList()) + " " + issue.message());
        }
        return out;
    }

    private static List<String> expected(JsonNode errors) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : errors) {
            out.add(expectedOne(e));
        }
        return out;
    }

    private static String expectedOne(JsonNode e) {
        List<String> path = new ArrayList<>();
        for (JsonNode segment : e.get("path")) {
            path.add(segment.isNumber() ? Integer.toString(segment.intValue()) : segment.stringValue());
        }
        return e.get("type").stringValue() + " " + String.join(".", path) + " " + e.get("message").stringValue();
    }

    /** Deep equality that also compares the order of object keys. */
    static void assertSameJs(JsonNode actual, JsonNode expected, String where) {
        if (actual == null || expected == null) {
            assertThat(actual).as(where).isEqualTo(expected);
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                fail("%s: expected an object, got %s", where, actual);
            }
            assertThat(actual.propertyNames()).as(where + " keys").containsExactlyElementsOf(expected.propertyNames());
            for (String key : expected.propertyNames()) {
                assertSameJs(actual.get(key), expected.get(key), where + "." + key);
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(where + " is an array").isTrue();
            assertThat(actual.size()).as(where + " size").isEqualTo(expected.size());
            Iterator<JsonNode> a = actual.iterator();
            int i = 0;
            for (JsonNode e : expected) {
                assertSameJs(a.next(), e, where + "[" + i++ + "]");
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            double x = actual.doubleValue();
            double y = expected.doubleValue();
            assertThat(x == y || (Double.isNaN(x) && Double.isNaN(y))).as(where + ": " + x + " vs " + y).isTrue();
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }
}
