package org.blocklet4j.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

class SourceDocumentTest {
    @Test
    void loadsYamlAsWrittenWithPositionsOfValuesAndKeys() {
        SourceDocument doc = SourceDocument.fromYaml("""
                name: example
                keywords: a, b
                scripts:
                  pre-start: node x.js
                interfaces:
                  - type: web
                    port: 8080
                """);
        assertThat(doc.isLoaded()).isTrue();
        JsonNode tree = doc.tree().orElseThrow();
        assertThat(tree.get("keywords").stringValue()).isEqualTo("a, b");
        assertThat(tree.get("scripts").has("pre-start")).isTrue();
        assertThat(tree.at("/interfaces/0/port").isIntegralNumber()).isTrue();
        assertThat(doc.position("/scripts/pre-start")).contains(new SourcePosition(4, 14));
        assertThat(doc.keyPosition("/scripts/pre-start")).contains(new SourcePosition(4, 3));
        assertThat(doc.position("/interfaces/0/type")).contains(new SourcePosition(6, 11));
        assertThat(doc.keyPosition("/interfaces/0")).isEmpty();
    }

    @Test
    void nearestPositionFallsBackToTheClosestKnownAncestor() {
        SourceDocument doc = SourceDocument.fromYaml("a:\n  b: 1\n");
        assertThat(doc.position("/a/missing")).isEmpty();
        assertThat(doc.nearestPosition("/a/missing")).contains(new SourcePosition(2, 3));
        assertThat(doc.nearestPosition("")).contains(new SourcePosition(1, 1));
    }

    @Test
    void givesTheTreeInJsonForm() {
        SourceDocument doc = SourceDocument.fromYaml("when: 2020-01-02\nx: .inf\nn: 1.5\nb: !!binary AQI=\n");
        JsonNode tree = doc.tree().orElseThrow();
        assertThat(tree.get("when").stringValue()).isEqualTo("2020-01-02T00:00:00.000Z");
        assertThat(tree.get("x").isNull()).isTrue();
        assertThat(tree.get("n").doubleValue()).isEqualTo(1.5);
        assertThat(tree.get("b").get("0").intValue()).isEqualTo(1);
        assertThat(tree.get("b").get("1").intValue()).isEqualTo(2);
    }

    @Test
    void handsOutACopyOfTheTree() {
        SourceDocument doc = SourceDocument.fromYaml("a: 1\n");
        ((tools.jackson.databind.node.ObjectNode) doc.tree().orElseThrow()).put("a", 2);
        assertThat(doc.tree().orElseThrow().get("a").intValue()).isEqualTo(1);
    }

    @Test
    void reportsALoadProblemWithItsPositionAndNoTree() {
        SourceDocument doc = SourceDocument.fromYaml("a: [1\n");
        assertThat(doc.isLoaded()).isFalse();
        assertThat(doc.problems()).hasSize(1);
        assertThat(doc.problems().get(0).sourcePosition()).isPresent();
        assertThat(doc.tree()).isEmpty();
        assertThat(doc.nearestPosition("/a")).isEmpty();
    }

    @Test
    void distinguishesNoDocumentFromAnEmptyOne() {
        assertThat(SourceDocument.fromYaml("").tree()).isEmpty();
        assertThat(SourceDocument.fromYaml("").isLoaded()).isTrue();
        assertThat(SourceDocument.fromYaml("# only a comment\n").tree().orElseThrow().isNull()).isTrue();
    }

    @Test
    void loadsJsonWithPositions() {
        SourceDocument doc = SourceDocument.fromJson("{\n  \"a\": {\"b\": [true]}\n}");
        assertThat(doc.tree().orElseThrow().at("/a/b/0").booleanValue()).isTrue();
        assertThat(doc.position("/a/b/0")).contains(new SourcePosition(2, 15));
        assertThat(SourceDocument.fromJson("{a: 1}").isLoaded()).isFalse();
    }

    @Test
    void readsFilesByTheirExtension(@TempDir Path dir) throws IOException {
        Path yml = Files.writeString(dir.resolve("blocklet.yml"), "a: 012\n", StandardCharsets.UTF_8);
        Path json = Files.writeString(dir.resolve("blocklet.json"), "{\"a\": 12}", StandardCharsets.UTF_8);
        assertThat(SourceDocument.read(yml).tree().orElseThrow().get("a").intValue()).isEqualTo(12);
        assertThat(SourceDocument.read(json).tree().orElseThrow().get("a").intValue()).isEqualTo(12);
        assertThatThrownBy(() -> SourceDocument.read(dir.resolve("missing.yml")))
                .isInstanceOf(BlockletMetaException.class);
    }
}
