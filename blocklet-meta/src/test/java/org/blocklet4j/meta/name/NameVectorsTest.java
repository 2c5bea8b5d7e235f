package org.blocklet4j.meta.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vectors recorded from the reference by {@code conformance/reference/vectors/name.js}.
 */
class NameVectorsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<JsonNode> vectors() {
        InputStream in = Objects.requireNonNull(NameVectorsTest.class.getResourceAsStream("name-vectors.jsonl"));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return reader.lines().filter(l -> !l.isBlank()).map(JSON::readTree);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.stringValue()));
        return out;
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
            assertThat(result.errors()).as("errors of %s", input).isEqualTo(strings(npm.get("errors")));
            assertThat(result.warnings()).as("warnings of %s", input).isEqualTo(strings(npm.get("warnings")));
            assertThat(result.validForNewPackages()).isEqualTo(npm.get("validForNewPackages").booleanValue());
            assertThat(result.validForOldPackages()).isEqualTo(npm.get("validForOldPackages").booleanValue());
        }
        assertThat(BlockletName.validate(input)).as("validateName(%s)", input)
                .isEqualTo(message(v.get("validateName")));
        assertThat(BlockletName.validate(input, false)).as("validateName(%s, {checkDid: false})", input)
                .isEqualTo(message(v.get("validateNameNoDidCheck")));
    }
}
