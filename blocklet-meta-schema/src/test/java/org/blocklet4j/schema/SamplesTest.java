package org.blocklet4j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SchemaStore-style samples: each positive file is accepted by both variants and by the library; each negative file
 * holds one violation, is named after where it is and the keyword that catches it ({@code group-enum.yml}), and
 * is rejected by the schema with exactly that one problem, and by the library too. Every sample starts with the
 * yaml-language-server modeline, so that it opens checked in an editor.
 */
class SamplesTest {
    private static final ManifestReader LIBRARY = ManifestReader.withDefaults();
    private static final String MODELINE = "# yaml-language-server: $schema=";

    static Stream<Path> positive() throws IOException, URISyntaxException {
        return samples("positive");
    }

    static Stream<Path> negative() throws IOException, URISyntaxException {
        return samples("negative");
    }

    private static Stream<Path> samples(String kind) throws IOException, URISyntaxException {
        Path dir = Path.of(SamplesTest.class.getResource("samples/" + kind).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("positive")
    void positiveSampleIsAcceptedByBothVariantsAndTheLibrary(Path file) throws IOException {
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith(MODELINE);
        assertThat(SchemaValidator.standard().validate(file)).isEmpty();
        assertThat(SchemaValidator.strict().validate(file)).isEmpty();
        ManifestResult library = LIBRARY.readYaml(Files.readString(file, StandardCharsets.UTF_8), file.getParent());
        assertThat(library.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("negative")
    void negativeSampleHasExactlyTheViolationItIsNamedAfter(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith(MODELINE);
        String name = file.getFileName().toString().replace(".yml", "");
        String keyword = name.substring(name.lastIndexOf('-') + 1);
        List<Diagnostic> found = SchemaValidator.standard().validate(file);
        assertThat(found).as(name).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("schema." + keyword);
            assertThat(d.sourcePosition()).isPresent();
            assertThat(d.pointer().substring(1).replaceAll("/\\d+", "").replace('/', '-'))
                    .as("the file name says where the violation is")
                    .startsWith(name.substring(0, name.lastIndexOf('-')).split("-")[0]);
        });
        ManifestResult library = LIBRARY.readYaml(text, file.getParent());
        assertThat(library.isValid()).as("the library rejects " + name + " too").isFalse();
    }
}
