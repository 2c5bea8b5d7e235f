package org.blocklet4j.meta.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.blocklet4j.meta.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Every real manifest of the shared corpus (read from {@code blocklet.conformance.dir}; skipped when that is not
 * set) loads, as it does with js-yaml, into a mapping whose keys all have positions.
 */
class CorpusTest {

    @Test
    void loadsEveryRealManifest() throws IOException {
        Path dir = SharedCorpus.dir();
        Path real = dir.resolve("real");
        assumeTrue(Files.isDirectory(real), "no real/ corpus in " + dir);
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(real)) {
            manifests = files.filter(p -> p.getFileName().toString().matches("blocklet\\.ya?ml")).sorted().toList();
        }
        assertThat(manifests).isNotEmpty();
        for (Path manifest : manifests) {
            YamlLoad load = JsYaml.load(Files.readAllBytes(manifest));
            assertThat(load.problems()).as("%s", manifest).isEmpty();
            JsonNode value = load.value();
            assertThat(value.isObject()).as("%s", manifest).isTrue();
            for (String key : value.propertyNames()) {
                String pointer = "/" + key.replace("~", "~0").replace("/", "~1");
                assertThat(load.sourceMap().key(pointer)).as("%s %s", manifest, pointer).isNotNull();
            }
        }
    }
}
