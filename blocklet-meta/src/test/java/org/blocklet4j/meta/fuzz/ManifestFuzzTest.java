package org.blocklet4j.meta.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz targets for the whole pipeline (load, fix, validate): any bytes in a {@code blocklet.yml}, and any text
 * given as YAML or JSON, give a result whose diagnostics all have a code and a pointer; never an exception; the
 * same input gives the same result.
 */
class ManifestFuzzTest {
    private static final ManifestReader READER = ManifestReader.withDefaults();
    private static final ManifestReader CHECKING_FILES =
            ManifestReader.create(ManifestOptions.builder().ensureFiles(true).build());
    /** One directory for the whole run: the fuzzer calls a target millions of times. */
    private static final Path DIR = createDirectory();

    private static Path createDirectory() {
        try {
            Path dir = Files.createTempDirectory("blocklet-fuzz");
            dir.toFile().deleteOnExit();
            dir.resolve("blocklet.yml").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes as a {@code blocklet.yml} read from disk, so that ill-formed UTF-8 and byte order marks reach it. */
    @FuzzTest
    void readsAnyManifestFile(byte[] data) throws IOException {
        Files.write(DIR.resolve("blocklet.yml"), data);
        ManifestResult first = READER.read(DIR);
        Contract.assertWellFormed(first);
        Contract.assertSameResult(READER.read(DIR), first);
        ManifestResult checked = CHECKING_FILES.read(DIR);
        Contract.assertWellFormed(checked);
    }

    @FuzzTest
    void readsAnyYamlText(byte[] data) {
        String text = FuzzText.decode(data);
        ManifestResult first = READER.readYaml(text, null);
        Contract.assertWellFormed(first);
        Contract.assertSameResult(READER.readYaml(text, null), first);
    }

    @FuzzTest
    void readsAnyJsonText(byte[] data) {
        String text = FuzzText.decode(data);
        ManifestResult first = READER.readJson(text, null);
        Contract.assertWellFormed(first);
        Contract.assertSameResult(READER.readJson(text, null), first);
    }
}
