package org.blocklet4j.meta.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;

/**
 * The shared corpus's {@code did.golden.jsonl}, read from {@code blocklet.conformance.dir}; skipped when that
 * property is not set.
 */
class DidGoldenTest {

    @TestFactory
    Stream<DynamicTest> matchesGoldenFile() throws IOException {
        String dir = System.getProperty("blocklet.conformance.dir", "");
        assumeTrue(!dir.isBlank(), "blocklet.conformance.dir is not set");
        Path file = Path.of(dir, "did.golden.jsonl");
        assertThat(file).isRegularFile();
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank())
                .map(DidVectorsTest.JSON::readTree)
                .map(c -> DynamicTest.dynamicTest(c.get("input").stringValue(), () -> check(c)));
    }

    private static void check(JsonNode c) {
        String input = c.get("input").stringValue();
        assertThat(BlockletDid.fromName(input)).as("toBlockletDid(%s)", input)
                .isEqualTo(c.get("toBlockletDid").stringValue());
        assertThat(Did.isValid(input)).as("isValid(%s)", input).isEqualTo(c.get("isValid").booleanValue());
        JsonNode typeInfo = c.get("typeInfo");
        if (typeInfo != null && typeInfo.isObject()) {
            assertThat(DidVectorsTest.asReference(Did.typeInfo(input))).as("toTypeInfo(%s)", input)
                    .containsExactlyEntriesOf(DidVectorsTest.fields(typeInfo));
        }
    }
}
