package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.node.ObjectNode;

class BundleCheckTest {
    private static final byte[] TARBALL = BundleFixture.tarball();
    private static final BundleCheck UNSIGNED = BundleCheck.builder().verifySignatures(false).build();

    @Test
    void acceptsMetaWhoseDistMatchesTheTarball() {
        BundleReport report = UNSIGNED.check(meta().toString(), TARBALL);
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.meta()).isPresent();
        assertThat(report.json().orElseThrow().path("name").asString()).isEqualTo("bundle-fixture");
    }

    @Test
    void rejectsTarballThatDoesNotMatchIntegrity() {
        BundleReport report = UNSIGNED.check(meta().toString(), BundleFixture.tgz("package/other.txt", "other"));
        assertThat(codes(report)).containsExactly("bundle.integrity.mismatch", "bundle.size.mismatch");
    }

    @Test
    void comparesIntegrityExactlyAsTheStoreDoes() {
        ObjectNode meta = meta();
        String integrity = ((ObjectNode) meta.get("dist")).get("integrity").stringValue();
        ((ObjectNode) meta.get("dist")).put("integrity", integrity.replace("=", ""));
        assertThat(codes(UNSIGNED.check(meta, TARBALL))).containsExactly("bundle.integrity.mismatch");
        ((ObjectNode) meta.get("dist")).put("integrity", "sha256-xyz " + integrity);
        assertThat(codes(UNSIGNED.check(meta, TARBALL))).containsExactly("bundle.integrity.mismatch");
    }

    @Test
    void acceptsSubresourceIntegrityWhenAskedStrongestWinning() {
        BundleCheck sri = BundleCheck.builder().verifySignatures(false).subresourceIntegrity(true).build();
        ObjectNode meta = meta();
        ObjectNode dist = (ObjectNode) meta.get("dist");
        String sha512 = dist.get("integrity").stringValue();
        dist.put("integrity", "sha256-wrong " + sha512 + "?opt md5-whatever");
        assertThat(codes(sri.check(meta, TARBALL))).isEmpty();
        dist.put("integrity", "sha256-" + digest("SHA-256") + " sha512-wrong");
        assertThat(codes(sri.check(meta, TARBALL))).containsExactly("bundle.integrity.mismatch");
        dist.put("integrity", "md5-abc");
        assertThat(codes(sri.check(meta, TARBALL))).containsExactly("bundle.integrity.unsupported");
    }

    @Test
    void requiresDistWithTarballIntegrityAndSize() {
        ObjectNode meta = meta();
        ((ObjectNode) meta.get("dist")).remove("size");
        assertThat(codes(UNSIGNED.check(meta, TARBALL))).contains("dist.size.missing");
        assertThat(codes(BundleCheck.builder().verifySignatures(false).requireDistSize(false).build()
                .check(meta, TARBALL))).isEmpty();
        meta.remove("dist");
        assertThat(codes(UNSIGNED.check(meta, TARBALL))).contains("dist.missing");
    }

    @Test
    void requiresNameAsValidateMetaDoes() {
        ObjectNode meta = meta();
        meta.remove("name");
        assertThat(UNSIGNED.check(meta, TARBALL).errors()).extracting(Diagnostic::pointer).contains("/name");
        assertThat(UNSIGNED.check(meta.toString(), TARBALL).errors()).extracting(Diagnostic::pointer)
                .contains("/name");
    }

    @Test
    void rejectsNamesThatBecomePaths() {
        for (String name : new String[] {"../x.tgz", "a/b.tgz", "a\\b.tgz", "x..tgz", "a\u0000.tgz"}) {
            ObjectNode meta = meta();
            ((ObjectNode) meta.get("dist")).put("tarball", name);
            meta.put("logo", name);
            meta.putArray("screenshots").add("ok.png").add(name);
            assertThat(UNSIGNED.checkMeta(meta).errors()).as(name)
                    .filteredOn(d -> d.code().equals("bundle.path.unsafe")).extracting(Diagnostic::pointer)
                    .containsExactly("/dist/tarball", "/logo", "/screenshots/1");
        }
    }

    @Test
    void stopsReadingPastTheTarballLimit() {
        BundleCheck small = BundleCheck.builder().verifySignatures(false).maxTarballBytes(10).build();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return len;
            }
        };
        assertThat(codes(small.check(meta().toString(), endless))).containsExactly("bundle.tarball.tooLarge");
    }

    @Test
    void readsTarballFromPath(@TempDir Path dir) throws Exception {
        Path json = Files.writeString(dir.resolve("blocklet.json"), meta().toString());
        Path tgz = Files.write(dir.resolve("bundle.tgz"), TARBALL);
        assertThat(UNSIGNED.check(json, tgz).isValid()).isTrue();
        assertThatThrownBy(() -> UNSIGNED.check(json, dir.resolve("missing.tgz")))
                .isInstanceOf(BlockletBundleException.class);
    }

    @Test
    void placesDiagnosticsInTheText() {
        ObjectNode meta = meta();
        ((ObjectNode) meta.get("dist")).put("tarball", "../x.tgz");
        String text = meta.toPrettyString();
        Diagnostic unsafe = UNSIGNED.checkMeta(text).errors().stream()
                .filter(d -> d.code().equals("bundle.path.unsafe")).findFirst().orElseThrow();
        int line = unsafe.sourcePosition().orElseThrow().line();
        assertThat(text.lines().skip(line - 1).findFirst().orElseThrow()).contains("../x.tgz");
    }

    @Test
    void reportsTextThatIsNotJson() {
        BundleReport report = UNSIGNED.checkMeta("{not json");
        assertThat(report.isValid()).isFalse();
        assertThat(report.meta()).isEmpty();
    }

    @Test
    void requiresSignaturesByDefault() {
        assertThat(codes(BundleCheck.create().check(meta(), TARBALL))).containsExactly("signature.missing");
    }

    @Test
    void rejectsZeroTarballLimit() {
        assertThatThrownBy(() -> BundleCheck.builder().maxTarballBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ObjectNode meta() {
        return BundleFixture.meta(TARBALL);
    }

    private static String digest(String algorithm) {
        return BundleFixture.digest(algorithm, TARBALL);
    }

    private static java.util.List<String> codes(BundleReport report) {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
