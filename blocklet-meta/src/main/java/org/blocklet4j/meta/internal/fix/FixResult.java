package org.blocklet4j.meta.internal.fix;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.blocklet4j.meta.Diagnostic;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link ManifestFixer#applyAll} did: the manifest as the reference leaves it, and, when a step threw in
 * the reference, that step's diagnostic. The reference's {@code parse()} aborts at such a throw, so a caller
 * that mirrors it stops there too: no further fix, no camel-casing, no validation.
 *
 * @param manifest    the fixed manifest (the same tree that was passed in, changed in place), or null when the
 *                    root could not even become an object
 * @param diagnostics empty, or the one error of the step that threw
 * @param failedStep  the name of the step that threw ({@code fixRepository}, …), or null
 */
public record FixResult(@Nullable ObjectNode manifest, List<Diagnostic> diagnostics, @Nullable String failedStep) {
    public FixResult {
        diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    }

    /** True when every step ran as in the reference and parsing goes on. */
    public boolean isComplete() {
        return failedStep == null;
    }

    /** The name of the step that threw, if one did. */
    public Optional<String> failure() {
        return Optional.ofNullable(failedStep);
    }
}
