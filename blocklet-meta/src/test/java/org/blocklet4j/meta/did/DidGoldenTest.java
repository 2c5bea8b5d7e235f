package org.blocklet4j.meta.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The shared corpus's {@code did.golden.jsonl}, read from {@code blocklet.conformance.dir}; skipped when that
 * property is not set.
 */
class DidGoldenTest {

    @Test
    void matchesGoldenFile() throws IOException {
        String dir = System.getProperty("blocklet.conformance.dir", "");
        assumeTrue(!dir.isBlank(), "blocklet.conformance.dir is not set");
        Path file = Path.of(dir, "did.golden.jsonl");
        assertThat(file).isRegularFile();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        SoftAssertions softly = new SoftAssertions();
        int cases = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = DidVectorsTest.JSON.readTree(line);
            String input = c.get("input").stringValue();
            softly.assertThat(BlockletDid.fromName(input)).as("toBlockletDid(%s)", input)
                    .isEqualTo(c.get("toBlockletDid").stringValue());
            softly.assertThat(Did.isValid(input)).as("isValid(%s)", input)
                    .isEqualTo(c.get("isValid").booleanValue());
            JsonNode typeInfo = c.get("typeInfo");
            if (typeInfo != null && typeInfo.isObject()) {
                softly.assertThat(DidVectorsTest.asReference(Did.typeInfo(input))).as("toTypeInfo(%s)", input)
                        .containsExactlyEntriesOf(DidVectorsTest.fields(typeInfo));
            }
            cases++;
        }
        assertThat(cases).isPositive();
        softly.assertAll();
    }
}
