package org.blocklet4j.meta;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * What reading a manifest gives: valid or not, every diagnostic (errors and warnings, in the order found), and for
 * a valid manifest the normalised manifest as the reference's {@code parse()} returns it.
 *
 * <p>Instances are immutable and safe to share between threads; {@link #json()} hands out a copy.
 */
public final class ManifestResult {
    private final @Nullable JsonNode json;
    private final List<Diagnostic> diagnostics;
    private final boolean valid;
    private final @Nullable Path source;

    private ManifestResult(@Nullable Path source, @Nullable JsonNode json, List<Diagnostic> diagnostics) {
        this.source = source;
        this.diagnostics = List.copyOf(diagnostics);
        this.valid = this.diagnostics.stream().noneMatch(Diagnostic::isError);
        this.json = valid ? json : null;
    }

    /**
     * A result; {@code json} is ignored when any diagnostic is an error.
     *
     * @param source      the file read, or null for text or a tree
     * @param json        the normalised manifest
     * @param diagnostics every diagnostic
     */
    public static ManifestResult of(@Nullable Path source, @Nullable JsonNode json, List<Diagnostic> diagnostics) {
        Objects.requireNonNull(diagnostics, "diagnostics");
        return new ManifestResult(source, json, diagnostics);
    }

    /** The manifest file that was read ({@code blocklet.yml} or {@code blocklet.yaml}), when one was. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** True when no diagnostic is an error: the reference would accept the manifest. */
    public boolean isValid() {
        return valid;
    }

    /** Every diagnostic, errors and warnings. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The errors only. */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /** The warnings only. */
    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** The normalised manifest as typed values; empty when the manifest is invalid. */
    public Optional<org.blocklet4j.meta.model.BlockletMeta> meta() {
        return json == null || !json.isObject() ? Optional.empty()
                : Optional.of(org.blocklet4j.meta.model.BlockletMeta.of(json));
    }

    /**
     * The normalised manifest as JSON, equal to {@code JSON.parse(JSON.stringify(parse(dir)))} of the reference:
     * defaults applied, strings trimmed, renames and fixes done, unknown keys removed. Integral numbers are
     * long nodes, others double nodes. A fresh copy on each call; empty when the manifest is invalid.
     */
    public Optional<JsonNode> json() {
        return Optional.ofNullable(json == null ? null : json.deepCopy());
    }
}
