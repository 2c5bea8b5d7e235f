package org.blocklet4j.meta;

import java.nio.file.Path;
import java.util.Objects;

import org.blocklet4j.meta.internal.pipeline.Pipeline;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code blocklet.yml} manifests as the reference's {@code parse(dir, options)} does: loads the YAML as
 * js-yaml 4 does, runs the fix steps, validates with every rule of {@code createBlockletSchema}, and returns
 * the normalised manifest with every diagnostic.
 *
 * <p>Build one reader per set of options and share it: instances are immutable and safe to use from many
 * threads at once.
 */
public final class ManifestReader {
    private final ManifestOptions options;
    private final Pipeline pipeline;

    private ManifestReader(ManifestOptions options) {
        this.options = options;
        this.pipeline = new Pipeline(options);
    }

    /** A reader with {@code options}. */
    public static ManifestReader create(ManifestOptions options) {
        return new ManifestReader(Objects.requireNonNull(options, "options"));
    }

    /** A reader with the reference's default options. */
    public static ManifestReader withDefaults() {
        return create(ManifestOptions.DEFAULTS);
    }

    /** The options this reader applies. */
    public ManifestOptions options() {
        return options;
    }

    /**
     * Reads a blocklet directory ({@code blocklet.yml}, else {@code blocklet.yaml}; neither gives the error
     * {@code manifest.not-found}) or a manifest file (its directory is the blocklet directory).
     *
     * @throws BlockletMetaException when the file exists but cannot be read
     */
    public ManifestResult read(Path path) {
        return pipeline.read(Objects.requireNonNull(path, "path"));
    }

    /**
     * Reads manifest text in YAML (JSON is YAML too), as if it were the {@code blocklet.yml} of {@code dir}.
     *
     * @param dir the blocklet directory, for {@code ensureFiles} and the default description; may be null
     */
    public ManifestResult readYaml(String text, @Nullable Path dir) {
        return pipeline.readYaml(Objects.requireNonNull(text, "text"), dir);
    }

    /**
     * Reads manifest text in JSON, parsed as {@code JSON.parse} parses it, as if it were the
     * {@code blocklet.yml} of {@code dir}.
     *
     * @param dir the blocklet directory, for {@code ensureFiles} and the default description; may be null
     */
    public ManifestResult readJson(String text, @Nullable Path dir) {
        return pipeline.readJson(Objects.requireNonNull(text, "text"), dir);
    }
}
