package org.blocklet4j.meta.did;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.assertj.core.api.SoftAssertions;
import org.blocklet4j.meta.testing.JsonLines;
import org.blocklet4j.meta.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The shared corpus's {@code did.golden.jsonl}, read from {@code blocklet.conformance.dir}; skipped when that
 * property is not set.
 */
class DidGoldenTest {

    @Test
    void matchesGoldenFile() {
        Path file = SharedCorpus.dir().resolve("did.golden.jsonl");
        assertThat(file).isRegularFile();
        SoftAssertions softly = new SoftAssertions();
        int cases = 0;
        for (JsonNode c : JsonLines.read(file)) {
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
