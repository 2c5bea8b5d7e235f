package org.blocklet4j.bundle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.model.BlockletMeta;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The outcome of a {@link BundleCheck}: every diagnostic of every step that ran, and the meta as
 * {@code validateMeta} normalised it.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class BundleReport {
    private final List<Diagnostic> diagnostics;
    private final @Nullable ManifestResult meta;

    private BundleReport(List<Diagnostic> diagnostics, @Nullable ManifestResult meta) {
        this.diagnostics = List.copyOf(diagnostics);
        this.meta = meta;
    }

    static BundleReport of(List<Diagnostic> diagnostics, @Nullable ManifestResult meta) {
        return new BundleReport(Objects.requireNonNull(diagnostics, "diagnostics"), meta);
    }

    /** True when no diagnostic is an error: the store would accept the bundle as far as the checks went. */
    public boolean isValid() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    /**
     * Every diagnostic, in the order of the steps: meta, names, tarball (limit, integrity, entries, manifest),
     * signatures, version.
     */
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

    /** The {@code validateMeta} result of {@code blocklet.json}; empty when the text was not JSON. */
    public Optional<ManifestResult> metaResult() {
        return Optional.ofNullable(meta);
    }

    /** The validated meta as typed values; empty when it did not pass {@code validateMeta}. */
    public Optional<BlockletMeta> meta() {
        return meta == null ? Optional.empty() : meta.meta();
    }

    /** The validated, normalised meta as JSON (a fresh copy); empty when it did not pass {@code validateMeta}. */
    public Optional<JsonNode> json() {
        return meta == null ? Optional.empty() : meta.json();
    }
}
