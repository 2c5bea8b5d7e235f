package org.blocklet4j.meta.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.JsonText;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reads small manifests through {@code parse()} for the section tests: a fixed {@code name}/{@code did} pair on lines
 * 1–2, so the text under test starts on line 3. The expected verdicts, pointers and messages were taken from
 * {@code @blocklet/meta} 1.17.12 ({@code parse} on the same text, errors as Joi lists them with
 * {@code abortEarly: false}).
 */
final class Manifests {
    /** {@code toBlockletDid("example")}: a ROLE_ANY DID. */
    static final String DID = "z8iZrkWYbi3JU3AP9NHJQbBUdrgiRbeorauqf";
    /** A DID of role ROLE_BLOCKLET. */
    static final String BLOCKLET_ROLE_DID = "z2qZwzdTFvPFN275o7wm4WwXTAVBvdSfHSDqq";
    static final String BASE = "name: example\ndid: " + DID + "\n";

    static final ManifestOptions OPTIONS = ManifestOptions.builder().zone(ZoneOffset.UTC).build();
    private static final ManifestReader READER = ManifestReader.create(OPTIONS);

    private Manifests() {
    }

    /** {@link #BASE} followed by {@code more}, read with the default options and no directory. */
    static ManifestResult read(String more) {
        return READER.readYaml(BASE + more, null);
    }

    /** {@code text} as it is, with {@code options}, as if from {@code dir}. */
    static ManifestResult readRaw(ManifestOptions options, String text, @Nullable Path dir) {
        return ManifestReader.create(options).readYaml(text, dir);
    }

    /** The normalised manifest of a valid {@link #read}, failing the test when it is not valid. */
    static JsonNode valid(String more) {
        ManifestResult r = read(more);
        assertThat(r.errors()).as("errors").isEmpty();
        return r.json().orElseThrow();
    }

    /** A member of the normalised manifest as compact JSON. */
    static String json(String more, String key) {
        JsonNode value = valid(more).get(key);
        return value == null ? "undefined" : JsonText.write(value);
    }

    /** Each diagnostic as {@code "E code /pointer line:column"} ({@code W} for warnings). */
    static List<String> render(ManifestResult result) {
        return result.diagnostics().stream().map(Manifests::render).toList();
    }

    static String render(Diagnostic d) {
        String at = d.sourcePosition().map(p -> p.line() + ":" + p.column()).orElse("-");
        return (d.isError() ? "E " : "W ") + d.code() + " " + d.pointer() + " " + at;
    }

    /** The messages of the errors, in order. */
    static List<String> messages(ManifestResult result) {
        return result.errors().stream().map(Diagnostic::message).toList();
    }
}
