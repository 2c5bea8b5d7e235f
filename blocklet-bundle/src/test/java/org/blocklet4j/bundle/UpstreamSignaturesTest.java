package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Metas signed by real publishing tools, from the shared corpus ({@code blocklet.conformance.dir}); skipped when
 * it is not given.
 */
class UpstreamSignaturesTest {
    private static final BundleCheck CHECK = BundleCheck.create();
    private static final String ASSETS = "upstream-fixtures/blocklet/meta/tests/assets/";
    private static final String STATE_ASSETS = "upstream-fixtures/core/state/tests/assets/";

    @ParameterizedTest
    @ValueSource(strings = {"static-demo/blocklet.json", "static-demo weird/static-demo-1.1.6.json"})
    void verifiesPublishedSignature(String file) throws IOException {
        assertThat(SignatureFixturesTest.signatureErrors(CHECK.checkMeta(read(file)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"static-demo/blocklet.json", "static-demo weird/static-demo-1.1.6.json"})
    void rejectsChangedSignedField(String file) throws IOException {
        ObjectNode meta = (ObjectNode) JsonMapper.builder().build().readTree(read(file));
        meta.put("description", meta.path("description").asString() + " ");
        assertThat(SignatureFixturesTest.signatureErrors(CHECK.checkMeta(meta)))
                .extracting(d -> d.code()).containsExactly("signature.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"static-demo/blocklet.json", "static-demo weird/static-demo-1.1.6.json"})
    void rejectsChangedSignatureEntry(String file) throws IOException {
        ObjectNode meta = (ObjectNode) JsonMapper.builder().build().readTree(read(file));
        ((ObjectNode) meta.get("signatures").get(0)).put("created", "2021-12-03T16:08:19.000Z");
        assertThat(SignatureFixturesTest.signatureErrors(CHECK.checkMeta(meta))).isNotEmpty();
    }

    /** The meta gained {@code dist.shasum} after it was signed; without it, the signature holds. */
    @Test
    void verifiesDappDemoOnlyWithoutFieldAddedAfterSigning() throws IOException {
        String text = read(STATE_ASSETS + "dapp-demo-1.0.0.json");
        assertThat(SignatureFixturesTest.signatureErrors(CHECK.checkMeta(text)))
                .extracting(d -> d.code()).containsExactly("signature.invalid");
        ObjectNode meta = (ObjectNode) JsonMapper.builder().build().readTree(text);
        ((ObjectNode) meta.get("dist")).remove("shasum");
        assertThat(SignatureFixturesTest.signatureErrors(CHECK.checkMeta(meta))).isEmpty();
    }

    @Test
    void saysWhyDappDemoInvalidSignatureFails() throws IOException {
        String text = read(STATE_ASSETS + "dapp-demo-invalid.json");
        assertThat(SignatureFixturesTest.signatureErrors(CHECK.checkMeta(text)))
                .singleElement().satisfies(d -> {
                    assertThat(d.pointer()).isEqualTo("/signatures/0/sig");
                    assertThat(d.message()).contains("64 bytes, this one 4");
                });
    }

    private static String read(String file) throws IOException {
        String dir = System.getProperty("blocklet.conformance.dir", "");
        assumeTrue(!dir.isEmpty(), "blocklet.conformance.dir is not set");
        Path path = Path.of(dir, file.startsWith("upstream-fixtures/") ? "" : ASSETS, file);
        assumeTrue(Files.isRegularFile(path), path + " is absent");
        return Files.readString(path);
    }
}
