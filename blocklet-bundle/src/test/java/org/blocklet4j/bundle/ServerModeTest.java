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
 * {@link BundleCheck.Builder#serverMode}: signatures verified as Blocklet Server's {@code fixAndVerifyMetaFromStore}
 * verifies them, on what {@code validateMeta} gives with {@code noDefaults} and {@code stripUnknown}. Each fixture
 * of {@code signatures.json} carries that verdict ({@code "server"}), recorded by
 * {@code conformance/reference/bundle/make-fixtures.js} with the reference's own {@code validateMeta} and
 * {@code verifyMultiSig}: true, false, {@code "throws"} (verifyMultiSig throws) or {@code "invalid"}
 * (validateMeta throws, so the server verifies nothing).
 */
class ServerModeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final BundleCheck STORE = BundleCheck.builder().clock(CLOCK).build();
    private static final BundleCheck SERVER = BundleCheck.builder().clock(CLOCK).serverMode(true).build();
    private static final BundleCheck SERVER_COMPATIBLE = BundleCheck.builder().clock(CLOCK).serverMode(true)
            .bindSigners(false).build();

    static Stream<Arguments> fixtures() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : all()) {
            out.add(Arguments.of(c.get("name").stringValue(), c.get("server"), c.get("meta")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void agreesWithBlockletServer(String name, JsonNode server, JsonNode meta) {
        List<String> codes = signatureCodes(SERVER_COMPATIBLE.checkMeta(meta));
        if (server.isString() && server.stringValue().equals("invalid")) {
            assertThat(codes).as(name).containsExactly("signature.server.invalid");
        } else if (server.isBoolean() && server.booleanValue()) {
            assertThat(codes).as(name).isEmpty();
        } else {
            assertThat(codes).as(name).isNotEmpty().doesNotContain("signature.server.invalid");
        }
    }

    @Test
    void verifiesASignedMetaAsTheStoreDoes() throws IOException {
        JsonNode meta = fixture("server-signed");
        assertThat(signatureCodes(STORE.checkMeta(meta))).isEmpty();
        assertThat(signatureCodes(SERVER.checkMeta(meta))).isEmpty();
        assertThat(signatureCodes(SERVER.checkMeta(meta.toString()))).isEmpty();
    }

    /** The key changes the message the store verifies; validateMeta strips it before the server verifies. */
    @Test
    void acceptsAKeyAddedAfterSigningWhereTheStoreRejectsIt() throws IOException {
        for (String name : List.of("server-unknown-key-added", "server-unknown-nested-key-added",
                "server-unknown-signature-key-added")) {
            JsonNode meta = fixture(name);
            assertThat(signatureCodes(STORE.checkMeta(meta))).as(name).containsExactly("signature.invalid");
            assertThat(signatureCodes(SERVER.checkMeta(meta))).as(name).isEmpty();
        }
    }

    /** validateMeta trims the title, so the server verifies the title that was signed. */
    @Test
    void verifiesStringsTrimmedAsValidateMetaTrimsThem() throws IOException {
        JsonNode meta = fixture("server-title-padded");
        assertThat(signatureCodes(STORE.checkMeta(meta))).containsExactly("signature.invalid");
        assertThat(signatureCodes(SERVER.checkMeta(meta))).isEmpty();
    }

    /** A signed key the schema does not know is stripped before the server verifies: the message changes. */
    @Test
    void rejectsASignedKeyTheSchemaDoesNotKnow() throws IOException {
        JsonNode meta = fixture("server-unknown-key-signed");
        assertThat(signatureCodes(STORE.checkMeta(meta))).isEmpty();
        assertThat(signatureCodes(SERVER.checkMeta(meta))).containsExactly("signature.invalid");
        // The stats of the first fixtures hold three keys statsSchema does not know: signed, they fail the same way.
        assertThat(signatureCodes(SERVER.checkMeta(fixture("ed25519")))).containsExactly("signature.invalid");
    }

    /** The store appended an nftFactory that is no DID of the new kind; the server's validateMeta throws on it. */
    @Test
    void reportsAMetaTheServerCannotValidate() throws IOException {
        JsonNode meta = fixture("chain-excludes-appended");
        assertThat(signatureCodes(STORE.checkMeta(meta))).isEmpty();
        List<Diagnostic> errors = SERVER.checkMeta(meta).errors().stream()
                .filter(d -> d.code().startsWith("signature.")).toList();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("signature.server.invalid");
        assertThat(errors.get(0).message()).contains("validateMeta");
    }

    @Test
    void leavesTheOtherStepsAsTheyAre() throws IOException {
        JsonNode meta = fixture("server-unknown-key-added");
        BundleReport store = STORE.checkMeta(meta);
        BundleReport server = SERVER.checkMeta(meta);
        assertThat(server.diagnostics().stream().filter(d -> !d.code().startsWith("signature.")).toList())
                .isEqualTo(store.diagnostics().stream().filter(d -> !d.code().startsWith("signature.")).toList());
        assertThat(server.json()).isEqualTo(store.json());
    }

    private static List<String> signatureCodes(BundleReport report) {
        return report.errors().stream().map(Diagnostic::code).filter(c -> c.startsWith("signature.")).toList();
    }

    private static JsonNode fixture(String name) throws IOException {
        for (JsonNode c : all()) {
            if (c.get("name").stringValue().equals(name)) {
                return c.get("meta");
            }
        }
        throw new IllegalArgumentException("no fixture " + name);
    }

    private static JsonNode all() throws IOException {
        try (InputStream in = ServerModeTest.class.getResourceAsStream("signatures.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
    }
}
