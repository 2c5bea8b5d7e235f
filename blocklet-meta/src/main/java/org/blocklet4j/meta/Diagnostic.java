package org.blocklet4j.meta;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in a manifest.
 *
 * <p>The {@code code} is stable across releases ({@code did.invalid}, {@code env.name.reserved}, …) and is what
 * tools should match on; the message is for people and may be reworded. The pointer is an RFC 6901 JSON Pointer
 * into the <em>normalised</em> manifest ({@code /components/0/source}, even where the file said
 * {@code children:}); the empty string points at the whole document. The position, when known, is where the
 * offending value (or, for a renamed or unknown key, the key) starts in the source file.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param severity error or warning
 * @param code     stable machine-readable code
 * @param message  one line for people
 * @param pointer  RFC 6901 pointer in the normalised key space
 * @param position where in the source file, or null when unknown (a tree given without a file, say)
 */
public record Diagnostic(Severity severity, String code, String message, String pointer,
                         @Nullable SourcePosition position) {
    /** Checks the components; a message of several lines keeps its first non-blank line. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        if (message.indexOf('\n') >= 0) {
            message = message.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        }
    }

    /** An error without a known position. */
    public static Diagnostic error(String code, String pointer, String message) {
        return new Diagnostic(Severity.ERROR, code, message, pointer, null);
    }

    /** A warning without a known position. */
    public static Diagnostic warning(String code, String pointer, String message) {
        return new Diagnostic(Severity.WARNING, code, message, pointer, null);
    }

    /** The same diagnostic at {@code position}. */
    public Diagnostic at(@Nullable SourcePosition position) {
        return new Diagnostic(severity, code, message, pointer, position);
    }

    /** Where in the source file, when known. */
    public Optional<SourcePosition> sourcePosition() {
        return Optional.ofNullable(position);
    }

    /** True for {@link Severity#ERROR}. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
