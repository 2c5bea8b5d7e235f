package org.blocklet4j.meta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestResult;

/** What every result and diagnostic promises, checked by the fuzz targets and the property tests. */
public final class Contract {
    private Contract() {
    }

    /**
     * Every diagnostic has a code and an RFC 6901 pointer, and none is {@code internal.error} (the pipeline's
     * last resort for a step that threw: a bug); the result is valid exactly when no diagnostic is an error, and an
     * invalid result has no manifest.
     */
    public static void assertWellFormed(ManifestResult result) {
        assertWellFormed(result.diagnostics());
        assertThat(result.isValid()).isEqualTo(result.errors().isEmpty());
        if (!result.isValid()) {
            assertThat(result.json()).isEmpty();
            assertThat(result.meta()).isEmpty();
        } else {
            result.meta();
        }
    }

    /** Every diagnostic has a code, a message and an RFC 6901 pointer; none is {@code internal.error}. */
    public static void assertWellFormed(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            assertThat(d.code()).isNotNull().isNotBlank();
            assertThat(d.code()).as("code of %s", d).isNotEqualTo("internal.error");
            assertThat(d.pointer()).isNotNull();
            assertThat(d.pointer().isEmpty() || d.pointer().startsWith("/")).as("pointer of %s", d).isTrue();
            assertThat(d.message()).isNotNull();
            assertThat(d.severity()).isNotNull();
            d.sourcePosition().ifPresent(p -> {
                assertThat(p.line()).isPositive();
                assertThat(p.column()).isPositive();
            });
        }
    }

    /** The same diagnostics in the same order, and the same manifest. */
    public static void assertSameResult(ManifestResult again, ManifestResult first) {
        assertThat(again.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(again.isValid()).isEqualTo(first.isValid());
        assertThat(again.json()).isEqualTo(first.json());
    }
}
