package org.blocklet4j.meta.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;

import org.blocklet4j.meta.testing.JsonLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * Vectors recorded from the reference by {@code conformance/reference/vectors/name.js}.
 */
class NameVectorsTest {
    static Stream<JsonNode> vectors() {
        return JsonLines.read(NameVectorsTest.class, "name-vectors.jsonl").stream();
    }

    private static Optional<String> message(JsonNode node) {
        return node.isNull() ? Optional.empty() : Optional.of(node.stringValue());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void matchesReference(JsonNode v) {
        String input = v.get("input").stringValue();
        NpmPackageName.Result result = NpmPackageName.validate(input);
        JsonNode npm = v.get("npm");
        if (npm.has("threw")) {
            assertThat(result.errors()).as("validate(%s)", input).containsExactly(npm.get("threw").stringValue());
            assertThat(result.warnings()).isEmpty();
        } else {
            assertThat(result.errors()).as("errors of %s", input).isEqualTo(JsonLines.strings(npm.get("errors")));
            assertThat(result.warnings()).as("warnings of %s", input).isEqualTo(JsonLines.strings(npm.get("warnings")));
            assertThat(result.validForNewPackages()).isEqualTo(npm.get("validForNewPackages").booleanValue());
            assertThat(result.validForOldPackages()).isEqualTo(npm.get("validForOldPackages").booleanValue());
        }
        assertThat(BlockletName.validate(input)).as("validateName(%s)", input)
                .isEqualTo(message(v.get("validateName")));
        assertThat(BlockletName.validate(input, false)).as("validateName(%s, {checkDid: false})", input)
                .isEqualTo(message(v.get("validateNameNoDidCheck")));
    }
}
