package org.blocklet4j.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public bounds on reading, through the options of {@link ManifestReader} and {@link MetaValidator}. */
class ReadLimitsTest {
    private static final String VALID = "name: demo\nversion: 1.0.0\ndescription: a demo\n";

    private static ManifestReader reader(ReadLimits limits) {
        return ManifestReader.create(ManifestOptions.builder().limits(limits).build());
    }

    @Test
    void hasTheDocumentedDefaults() {
        ReadLimits d = ReadLimits.DEFAULTS;
        assertThat(d.maxInputLength()).isEqualTo(1024 * 1024);
        assertThat(d.maxDepth()).isEqualTo(100);
        assertThat(d.maxNodes()).isEqualTo(50_000);
        assertThat(d.maxAliasExpansion()).isEqualTo(1_000_000L);
        assertThat(d.maxStringLength()).isEqualTo(65_536);
        assertThat(d.maxNumberLength()).isEqualTo(1_000);
        assertThat(d.maxMergeSources()).isEqualTo(100);
        assertThat(d.maxMergeKeys()).isEqualTo(10_000);
        assertThat(ManifestOptions.DEFAULTS.limits()).isEqualTo(d);
        assertThat(d.toBuilder().build()).isEqualTo(d).hasSameHashCodeAs(d);
    }

    @Test
    void rejectsBoundsBelowOne() {
        assertThatThrownBy(() -> ReadLimits.builder().maxDepth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxStringLength(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadLimits.builder().maxAliasExpansion(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appliesEachBoundGivenInTheOptions() {
        assertThat(reader(ReadLimits.builder().maxInputLength(20).build()).readYaml(VALID, null).diagnostics())
                .extracting(Diagnostic::code).containsExactly("yaml.too-large");
        assertThat(reader(ReadLimits.builder().maxInputLength(20).build()).readJson("{\"name\": \"demo-demo-demo\"}",
                null).diagnostics()).extracting(Diagnostic::code).containsExactly("json.too-large");
        assertThat(reader(ReadLimits.builder().maxStringLength(5).build()).readYaml(VALID, null).diagnostics())
                .extracting(Diagnostic::code).containsExactly("yaml.string-too-long");
        assertThat(reader(ReadLimits.builder().maxNumberLength(2).build())
                .readYaml(VALID + "timeout: {start: 1000}\n", null).diagnostics())
                .extracting(Diagnostic::code).containsExactly("yaml.number-too-long");
        assertThat(reader(ReadLimits.builder().maxNodes(4).build()).readYaml(VALID, null).diagnostics())
                .extracting(Diagnostic::code).containsExactly("yaml.nodes");
        assertThat(reader(ReadLimits.builder().maxDepth(2).build()).readYaml(VALID + "a: {b: {c: 1}}\n", null)
                .diagnostics()).extracting(Diagnostic::code).containsExactly("yaml.depth");
        assertThat(reader(ReadLimits.builder().maxAliasExpansion(2).build())
                .readYaml(VALID + "a: &a [1, 2, 3]\nb: *a\n", null).diagnostics())
                .extracting(Diagnostic::code).containsExactly("yaml.aliases");
    }

    @Test
    void boundsTheDepthOfATreeGivenToTheValidator() {
        MetaValidator validator = MetaValidator.create(ManifestOptions.builder()
                .limits(ReadLimits.builder().maxDepth(3).build()).build());
        assertThat(validator.validateJson("{\"name\": \"demo\", \"a\": {\"b\": {\"c\": {\"d\": 1}}}}").diagnostics())
                .extracting(Diagnostic::code).containsExactly("json.depth");
    }

    @Test
    void readsNoMoreOfAFileThanTheInputBoundCanTake(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("blocklet.yml");
        byte[] line = "# padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(VALID.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 10_000; i++) {
                out.write(line);
            }
        }
        ManifestReader small = reader(ReadLimits.builder().maxInputLength(1_000).build());
        assertThat(small.read(dir).diagnostics()).extracting(Diagnostic::code).containsExactly("yaml.too-large");
        assertThat(ManifestReader.withDefaults().read(dir).diagnostics()).extracting(Diagnostic::code)
                .doesNotContain("yaml.too-large").contains("any.required");
    }
}
