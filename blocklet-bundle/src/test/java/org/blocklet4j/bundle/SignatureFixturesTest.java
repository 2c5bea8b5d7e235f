package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed metas made by {@code conformance/reference/bundle/make-fixtures.js} with the reference's own packages,
 * each with {@code verifyMultiSig}'s verdict: ours must agree, except that a signature whose {@code signer} is
 * not its key's address (the reference accepts it) fails by default.
 */
class SignatureFixturesTest {
    /** Inside every fixture delegation's validity (2023 to 2100), past the expired one's (2020). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final BundleCheck STRICT = BundleCheck.builder().clock(CLOCK).build();
    private static final BundleCheck COMPATIBLE = BundleCheck.builder().clock(CLOCK).bindSigners(false).build();

    static Stream<Arguments> fixtures() throws IOException {
        try (InputStream in = SignatureFixturesTest.class.getResourceAsStream("signatures.json")) {
            JsonNode all = JsonMapper.builder().build().readTree(in);
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : all) {
                JsonNode reference = c.get("reference");
                out.add(Arguments.of(c.get("name").stringValue(), reference.isBoolean() && reference.booleanValue(),
                        c.get("forged").booleanValue(), c.get("meta")));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void agreesWithReferenceExceptOnForgedSigners(String name, boolean reference, boolean forged, JsonNode meta) {
        List<Diagnostic> errors = signatureErrors(STRICT.checkMeta(meta));
        if (forged) {
            assertThat(reference).isTrue();
            assertThat(errors).extracting(Diagnostic::code)
                    .containsAnyOf("signature.signer.mismatch", "signature.delegatee.mismatch");
        } else {
            assertThat(errors.isEmpty()).as("%s verifies: %s", name, errors).isEqualTo(reference);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void agreesWithReferenceInCompatibleMode(String name, boolean reference, boolean forged, JsonNode meta) {
        BundleReport report = COMPATIBLE.checkMeta(meta);
        assertThat(signatureErrors(report).isEmpty()).as("%s verifies: %s", name, report.diagnostics())
                .isEqualTo(reference);
        if (forged) {
            assertThat(report.warnings()).extracting(Diagnostic::code)
                    .containsAnyOf("signature.signer.mismatch", "signature.delegatee.mismatch");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givesTheSameVerdictFromText(String name, boolean reference, boolean forged, JsonNode meta) {
        assertThat(signatureErrors(COMPATIBLE.checkMeta(meta.toString())).isEmpty()).as(name).isEqualTo(reference);
    }

    /** The fixture delegation expires at 2100-01-01T00:00:00Z; the reference allows 5 s past it. */
    @Test
    void rejectsDelegationPastItsExpiryWithFiveSecondsTolerance() throws IOException {
        JsonNode meta = (JsonNode) fixtures().filter(a -> a.get()[0].equals("delegation")).findFirst()
                .orElseThrow().get()[3];
        assertThat(signatureErrors(at("2100-01-01T00:00:05Z").checkMeta(meta))).isEmpty();
        assertThat(signatureErrors(at("2100-01-01T00:00:05.001Z").checkMeta(meta)))
                .extracting(Diagnostic::code).containsExactly("signature.delegation.expired");
    }

    private static BundleCheck at(String instant) {
        return BundleCheck.builder().clock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).build();
    }

    static List<Diagnostic> signatureErrors(BundleReport report) {
        return report.errors().stream().filter(d -> d.code().startsWith("signature.")).toList();
    }
}
