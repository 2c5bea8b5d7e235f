package org.blocklet4j.meta.internal.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.internal.js.JsError;
import org.blocklet4j.meta.testing.JsonLines;
import org.blocklet4j.meta.testing.TaggedJson;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vectors recorded from the reference by {@code conformance/reference/vectors/fix.js}: lodash camelCase,
 * hosted-git-info, formatPerson/parsePerson, every fix step, the steps in parse()'s order, the camel-casing of
 * top-level keys and what parse() does to a loaded value that is not an object.
 */
class FixVectorsTest {
    static final List<JsonNode> ALL = JsonLines.read(FixVectorsTest.class, "fix-vectors.jsonl");

    static Stream<JsonNode> kind(String kind) {
        return ALL.stream().filter(v -> v.get("kind").stringValue().equals(kind));
    }

    static Stream<JsonNode> camelCase() {
        return kind("camelCase");
    }

    static Stream<JsonNode> hostedGitInfo() {
        return kind("hostedGitInfo");
    }

    static Stream<JsonNode> formatPerson() {
        return kind("formatPerson");
    }

    static Stream<JsonNode> parsePerson() {
        return kind("parsePerson");
    }

    static Stream<JsonNode> step() {
        return kind("step");
    }

    static Stream<JsonNode> applyAll() {
        return kind("applyAll");
    }

    static Stream<JsonNode> camelCaseKeys() {
        return kind("camelCaseKeys");
    }

    static Stream<JsonNode> root() {
        return kind("root");
    }

    @ParameterizedTest
    @MethodSource
    void camelCase(JsonNode v) {
        String input = v.get("input").stringValue();
        assertThat(LodashCamelCase.camelCase(input)).as("camelCase(%s)", input)
                .isEqualTo(v.get("output").stringValue());
    }

    @ParameterizedTest
    @MethodSource
    void hostedGitInfo(JsonNode v) {
        String input = v.get("input").stringValue();
        if (v.has("throws")) {
            assertThrowsLike(() -> HostedGitInfo.fromUrl(input), v.get("throws"));
            return;
        }
        Optional<HostedGitInfo> info = HostedGitInfo.fromUrl(input);
        JsonNode expected = v.get("result");
        if (expected.isNull()) {
            assertThat(info).as("fromUrl(%s)", input).isEmpty();
            return;
        }
        assertThat(info).as("fromUrl(%s)", input).isPresent();
        HostedGitInfo i = info.get();
        assertThat(i.type()).isEqualTo(expected.get("type").stringValue());
        assertThat(i.user()).isEqualTo(text(expected.get("user")));
        assertThat(i.auth()).isEqualTo(text(expected.get("auth")));
        assertThat(i.project()).isEqualTo(text(expected.get("project")));
        assertThat(i.committish()).isEqualTo(text(expected.get("committish")));
        assertThat(i.getDefaultRepresentation()).isEqualTo(expected.get("default").stringValue());
        checkPrinter(expected.get("https"), i::https);
        checkPrinter(expected.get("sshurl"), i::sshurl);
        checkPrinter(expected.get("shortcut"), i::shortcut);
        checkPrinter(expected.get("toString"), i::toString);
        checkPrinter(expected.get("fixed"),
                () -> i.getDefaultRepresentation().equals("shortcut") ? i.https() : i.toString());
    }

    private static void checkPrinter(JsonNode expected, java.util.function.Supplier<String> printer) {
        if (expected.isObject()) {
            assertThrowsLike(printer::get, expected.get("throws"));
        } else {
            assertThat(printer.get()).isEqualTo(expected.stringValue());
        }
    }

    private static @Nullable String text(@Nullable JsonNode v) {
        return v == null || v.isNull() ? null : v.stringValue();
    }

    private static void assertThrowsLike(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
                                         JsonNode thrown) {
        assertThatThrownBy(call).isInstanceOfSatisfying(JsError.class, e -> {
            assertThat(e.errorName()).isEqualTo(thrown.get("name").stringValue());
            assertThat(e.jsMessage()).isEqualTo(thrown.get("message").stringValue());
        });
    }

    @ParameterizedTest
    @MethodSource
    void formatPerson(JsonNode v) {
        JsonNode input = TaggedJson.decode(v.get("input"));
        if (v.has("throws")) {
            assertThrowsLike(() -> People.formatPerson(input), v.get("throws"));
        } else {
            assertThat(People.formatPerson(input)).isEqualTo(v.get("output").stringValue());
        }
    }

    @ParameterizedTest
    @MethodSource
    void parsePerson(JsonNode v) {
        JsonNode input = TaggedJson.decode(v.get("input"));
        assertThat(JsJson.canon(People.parsePerson(input))).isEqualTo(JsJson.canon(TaggedJson.decode(v.get("output"))));
    }

    private static final List<String> STEP_CODES = List.of("fixRequired:fix.required",
            "fixRepository:fix.repository", "fixFiles:fix.files", "fixKeywords:fix.keywords", "fixTags:fix.tags",
            "fixName:fix.name", "fixPerson:fix.person");

    @ParameterizedTest
    @MethodSource
    void step(JsonNode v) {
        ObjectNode data = (ObjectNode) TaggedJson.decode(v.get("input"));
        Predicate<@Nullable JsonNode> didValid = did -> v.get("didValid").booleanValue();
        String step = v.get("step").stringValue();
        Function<ObjectNode, List<Diagnostic>> run = switch (step) {
            case "fixRequired" -> d -> ManifestFixer.fixRequired(d, "/tmp/blocklet");
            case "fixRepository" -> ManifestFixer::fixRepository;
            case "fixFiles" -> ManifestFixer::fixFiles;
            case "fixKeywords" -> ManifestFixer::fixKeywords;
            case "fixTags" -> ManifestFixer::fixTags;
            case "fixName" -> d -> ManifestFixer.fixName(d, didValid);
            case "fixPerson" -> ManifestFixer::fixPerson;
            default -> throw new IllegalArgumentException(step);
        };
        List<Diagnostic> diagnostics = run.apply(data);
        assertThat(JsJson.canon(data)).isEqualTo(JsJson.canon(TaggedJson.decode(v.get("output"))));
        checkThrow(diagnostics, v.get("throws"), step);
    }

    private static void checkThrow(List<Diagnostic> diagnostics, JsonNode thrown, String step) {
        if (thrown.isNull()) {
            assertThat(diagnostics).isEmpty();
            return;
        }
        String code = STEP_CODES.stream().filter(s -> s.startsWith(step + ":")).findFirst().orElseThrow()
                .substring(step.length() + 1);
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.message()).contains(thrown.get("name").stringValue() + ": "
                    + thrown.get("message").stringValue());
        });
    }

    @ParameterizedTest
    @MethodSource
    void applyAll(JsonNode v) {
        ObjectNode data = (ObjectNode) TaggedJson.decode(v.get("input"));
        FixResult result = ManifestFixer.applyAll(data, v.get("dir").stringValue(),
                did -> v.get("didValid").booleanValue());
        assertThat(JsJson.canon(result.manifest())).isEqualTo(JsJson.canon(TaggedJson.decode(v.get("output"))));
        JsonNode thrown = v.get("throws");
        if (thrown.isNull()) {
            assertThat(result.isComplete()).isTrue();
            assertThat(result.diagnostics()).isEmpty();
        } else {
            assertThat(result.failedStep()).isEqualTo(thrown.get("step").stringValue());
            checkThrow(result.diagnostics(), thrown, thrown.get("step").stringValue());
        }
    }

    @ParameterizedTest
    @MethodSource
    void camelCaseKeys(JsonNode v) {
        ObjectNode input = (ObjectNode) TaggedJson.decode(v.get("input"));
        CamelCasedManifest result = ManifestFixer.camelCaseTopLevel(input);
        assertThat(JsJson.canon(result.manifest())).isEqualTo(JsJson.canon(TaggedJson.decode(v.get("output"))));
        result.manifest().properties().forEach(e -> {
            String source = result.sourceKeyOf(e.getKey()).orElseThrow();
            assertThat(LodashCamelCase.camelCase(source)).isEqualTo(e.getKey());
            assertThat(input.get(source)).isSameAs(e.getValue());
        });
    }

    @ParameterizedTest
    @MethodSource
    void root(JsonNode v) {
        JsonNode loaded = TaggedJson.decode(v.get("input"));
        ObjectNode extra = v.get("extra").isNull() ? null : (ObjectNode) TaggedJson.decode(v.get("extra"));
        FixResult prepared = ManifestFixer.prepareRoot(loaded, extra, v.get("alternate").booleanValue());
        JsonNode thrown = v.get("throws");
        if (!prepared.isComplete()) {
            assertThat(thrown.isNull()).as("the reference does not throw").isFalse();
            assertThat(prepared.failedStep()).isEqualTo(thrown.get("step").stringValue());
            assertThat(prepared.diagnostics()).singleElement().satisfies(d -> assertThat(d.message())
                    .contains(thrown.get("name").stringValue() + ": " + thrown.get("message").stringValue()));
            return;
        }
        FixResult fixed = ManifestFixer.applyAll(prepared.manifest(), "/tmp/blocklet",
                did -> v.get("didValid").booleanValue());
        if (!thrown.isNull()) {
            assertThat(fixed.failedStep()).isEqualTo(thrown.get("step").stringValue());
            return;
        }
        assertThat(fixed.isComplete()).isTrue();
        CamelCasedManifest camel = ManifestFixer.camelCaseTopLevel(fixed.manifest());
        assertThat(JsJson.canon(camel.manifest())).isEqualTo(JsJson.canon(TaggedJson.decode(v.get("output"))));
    }
}
