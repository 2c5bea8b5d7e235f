package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.did.BlockletDid;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;

class BundleTarballTest {
    private static final BundleCheck UNSIGNED = BundleCheck.builder().verifySignatures(false).build();
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void acceptsCleanBundle() {
        byte[] tgz = BundleFixture.tgz(tar -> {
            Tarballs.special(tar, "package/", TarConstants.LF_DIR, "");
            Tarballs.file(tar, "package/blocklet.yml", utf8(BundleFixture.manifest()));
            Tarballs.file(tar, "package/index.js", utf8("module.exports = 1;\n"));
            Tarballs.special(tar, "package/screenshots/", TarConstants.LF_DIR, "");
            Tarballs.file(tar, "package/screenshots/a.png", new byte[100]);
        });
        assertThat(check(tgz).diagnostics()).isEmpty();
    }

    @Test
    void rejectsSymbolicAndHardLinks() {
        byte[] tgz = BundleFixture.tgz(tar -> {
            Tarballs.special(tar, "package/passwd", TarConstants.LF_SYMLINK, "/etc/passwd");
            Tarballs.special(tar, "package/shadow", TarConstants.LF_LINK, "package/index.js");
        });
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.entry.link", "bundle.entry.link");
        assertThat(errors).extracting(Diagnostic::pointer).containsOnly("/dist/tarball");
        assertThat(errors.get(0).message()).contains("\"package/passwd\"", "symbolic", "\"/etc/passwd\"");
        assertThat(errors.get(1).message()).contains("\"package/shadow\"", "hard");
    }

    @Test
    void rejectsDevicesAndFifos() {
        byte[] tgz = BundleFixture.tgz(tar -> {
            Tarballs.special(tar, "package/null", TarConstants.LF_CHR, "");
            Tarballs.special(tar, "package/sda", TarConstants.LF_BLK, "");
            Tarballs.special(tar, "package/pipe", TarConstants.LF_FIFO, "");
        });
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsOnly("bundle.entry.type").hasSize(3);
        assertThat(errors.get(0).message()).contains("\"package/null\"", "character device");
        assertThat(errors.get(2).message()).contains("FIFO");
    }

    @Test
    void rejectsUnsafePaths() {
        String[] names = {"/etc/passwd", "package/../../x", "package/..", "package\\x.js", "C:/x.js", "c:x.js"};
        for (String name : names) {
            byte[] tgz = BundleFixture.tgz(tar -> Tarballs.file(tar, name, new byte[1]));
            List<Diagnostic> errors = check(tgz).errors();
            assertThat(errors).as(name).extracting(Diagnostic::code).containsExactly("bundle.entry.path");
            assertThat(errors.get(0).message()).as(name).contains(name.replace("\\", "\\\\"));
        }
    }

    @Test
    void rejectsNulInNames() {
        byte[] tgz = Tarballs.gzip(BundleFixture.withLogo(
                Tarballs.paxNamed("package/a\u0000b.js", "package/placeholder", new byte[2])));
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.entry.path");
        assertThat(errors.get(0).message()).contains("package/a\\u0000b.js", "NUL");
    }

    @Test
    void rejectsAbsoluteNamesThatThePaxReaderWouldStrip() {
        byte[] tgz = Tarballs.gzip(BundleFixture.withLogo(
                Tarballs.paxNamed("/package/x.js", "package/placeholder", new byte[2])));
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.entry.path");
        assertThat(errors.get(0).message()).contains("\"/package/x.js\"", "absolute");
    }

    @Test
    void rejectsEntriesOutsidePackage() {
        byte[] tgz = BundleFixture.tgz("other/x.js", "", "package", "", "packages/x.js", "", "./x.js", "");
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsOnly("bundle.entry.outside").hasSize(4);
        assertThat(errors.get(0).message()).contains("\"other/x.js\"", "package/");
    }

    @Test
    void readsPaxLongNames() {
        String longName = "other/" + "d/".repeat(80) + "x.js";
        byte[] tgz = BundleFixture.tgz(tar -> {
            Tarballs.file(tar, "package/" + "d/".repeat(80) + "ok.js", new byte[3]);
            Tarballs.file(tar, longName, new byte[3]);
        });
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.entry.outside");
        assertThat(errors.get(0).message()).contains(longName);
    }

    @Test
    void readsGnuLongNamesAndLinks() {
        String longName = "package/" + "d/".repeat(80) + "link";
        String longTarget = "/" + "t/".repeat(80) + "target";
        byte[] tgz = BundleFixture.tgz(tar -> {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            Tarballs.special(tar, longName, TarConstants.LF_SYMLINK, longTarget);
            Tarballs.file(tar, "/" + "a/".repeat(80) + "x.js", new byte[1]);
        });
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.entry.link", "bundle.entry.path");
        assertThat(errors.get(0).message()).contains(longName.substring(0, 150), longTarget.substring(0, 150));
        assertThat(errors.get(1).message()).contains("absolute");
    }

    @Test
    void rejectsDuplicateEntries() {
        byte[] tgz = BundleFixture.tgz("package/a.js", "1", "package/./a.js", "2");
        List<Diagnostic> errors = check(tgz).errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.entry.duplicate");
        assertThat(errors.get(0).message()).contains("package/./a.js");
    }

    @Test
    void reportsEntriesEvenWhenIntegrityFails() {
        byte[] tgz = BundleFixture.tgz(tar -> Tarballs.special(tar, "package/x", TarConstants.LF_SYMLINK, "/"));
        ObjectNode meta = BundleFixture.meta(tgz);
        ((ObjectNode) meta.get("dist")).put("integrity", "sha512-" + BundleFixture.digest("SHA-512", new byte[0]));
        assertThat(codes(UNSIGNED.check(meta, tgz))).containsExactly("bundle.integrity.mismatch",
                "bundle.entry.link");
    }

    @Test
    void rejectsManifestThatDiffersFromBlockletJson() {
        String manifest = BundleFixture.manifest().replace("\"1.0.0\"", "\"1.0.1\"");
        BundleReport report = check(BundleFixture.tgz("package/blocklet.yml", manifest));
        assertThat(report.errors()).extracting(Diagnostic::code).containsExactly("bundle.manifest.mismatch");
        Diagnostic version = report.errors().stream().filter(d -> d.pointer().equals("/version")).findFirst()
                .orElseThrow();
        assertThat(version.message()).contains("package/blocklet.yml", "\"1.0.1\"", "\"1.0.0\"");
    }

    @Test
    void comparesDidAndNameOfManifest() {
        String did = BundleFixture.meta(new byte[0]).get("did").stringValue();
        String manifest = BundleFixture.manifest().replace(did, BlockletDid.fromName("other-fixture"))
                .replace("\"bundle-fixture\"", "\"other-fixture\"");
        BundleReport report = check(BundleFixture.tgz("package/blocklet.yml", manifest));
        assertThat(report.errors()).extracting(Diagnostic::code).containsOnly("bundle.manifest.mismatch");
        assertThat(report.errors()).extracting(Diagnostic::pointer).containsExactly("/did", "/name");
        assertThat(report.errors().get(1).message()).contains("\"other-fixture\"", "\"bundle-fixture\"");
    }

    @Test
    void readsBlockletYamlWhenThereIsNoBlockletYml() {
        String other = BundleFixture.manifest().replace("\"1.0.0\"", "\"2.0.0\"");
        assertThat(codes(check(BundleFixture.tgz("package/blocklet.yaml", other))))
                .containsExactly("bundle.manifest.mismatch");
        // parse() prefers blocklet.yml, whatever the order in the tarball.
        assertThat(codes(check(BundleFixture.tgz("package/blocklet.yaml", other, "package/blocklet.yml",
                BundleFixture.manifest())))).isEmpty();
        // A manifest elsewhere is not the bundle's.
        assertThat(codes(check(BundleFixture.tgz("package/sub/blocklet.yml", other)))).isEmpty();
    }

    @Test
    void rejectsManifestThatDoesNotParse() {
        BundleReport report = check(BundleFixture.tgz("package/blocklet.yml", "name: [unclosed"));
        assertThat(codes(report)).containsExactly("bundle.manifest.invalid");
        assertThat(codes(check(BundleFixture.tgz("package/blocklet.yml", "name: 1")))).containsExactly(
                "bundle.manifest.invalid");
    }

    @Test
    void rejectsManifestLargerThanItsBound() {
        String large = BundleFixture.manifest() + "\n#" + "x".repeat(300 * 1024) + "\n";
        BundleReport report = check(BundleFixture.tgz("package/blocklet.yml", large));
        assertThat(codes(report)).containsExactly("bundle.manifest.tooLarge");
    }

    @Test
    void rejectsHeaderClaimingTwoGigabytesWithoutReadingThem() {
        Tarballs.Counting upload = new Tarballs.Counting(Tarballs.gzipLazily(new SequenceInputStream(
                new ByteArrayInputStream(Tarballs.header("package/big.bin", 2 * GIB)), Tarballs.zeros())));
        BundleReport report = UNSIGNED.check(BundleFixture.meta(new byte[0]), upload);
        assertThat(report.errors()).extracting(Diagnostic::code).containsExactly("bundle.entry.tooLarge");
        assertThat(report.errors().get(0).message()).contains("package/big.bin", "2147483648");
        assertThat(upload.count()).isLessThan(1024 * 1024);
    }

    @Test
    void rejectsClaimsBeyondTheUnpackedLimitFromTheHeader() {
        BundleCheck check = BundleCheck.builder().verifySignatures(false).maxEntryBytes(4 * GIB).build();
        Tarballs.Counting upload = new Tarballs.Counting(Tarballs.gzipLazily(new SequenceInputStream(
                new ByteArrayInputStream(Tarballs.header("package/big.bin", 2 * GIB)), Tarballs.zeros())));
        assertThat(codes(check.check(BundleFixture.meta(new byte[0]), upload)))
                .containsExactly("bundle.unpacked.tooLarge");
        assertThat(upload.count()).isLessThan(1024 * 1024);
    }

    @Test
    void rejectsHundredThousandEntriesAtTheEntryLimit() {
        Tarballs.CountingEntries entries = Tarballs.endlessEntries();
        Tarballs.Counting upload = new Tarballs.Counting(Tarballs.gzipLazily(entries));
        BundleReport report = UNSIGNED.check(BundleFixture.meta(new byte[0]), upload);
        assertThat(codes(report)).containsExactly("bundle.entries.tooMany");
        assertThat(report.errors().get(0).message()).contains("10000");
        // Stopped at the limit, not at the 100,000th entry or the end of the stream.
        assertThat(entries.generated()).isLessThan(100_000);
    }

    @Test
    void rejectsGzipBombAtTheUnpackedLimit() {
        BundleCheck check = BundleCheck.builder().verifySignatures(false).maxUnpackedBytes(64L * 1024 * 1024).build();
        // A tar of zeros is an empty archive; the zeros after its end still count as they are inflated.
        Tarballs.Counting upload = new Tarballs.Counting(Tarballs.gzipLazily(Tarballs.zeros()));
        assertThat(codes(check.check(BundleFixture.meta(new byte[0]), upload)))
                .containsExactly("bundle.unpacked.tooLarge");
        assertThat(upload.count()).isLessThan(1024 * 1024);
    }

    @Test
    void rejectsGzipBombInsideAnEntryAtTheUnpackedLimit() {
        BundleCheck check = BundleCheck.builder().verifySignatures(false).maxUnpackedBytes(64L * 1024 * 1024)
                .build();
        byte[] zeros = new byte[1024 * 1024];
        byte[] tgz = BundleFixture.tgz(tar -> {
            for (int i = 0; i < 100; i++) {
                Tarballs.file(tar, "package/zeros" + i, zeros);
            }
        });
        assertThat(tgz.length).isLessThan(1024 * 1024);
        BundleReport report = check.check(BundleFixture.meta(tgz), tgz);
        assertThat(codes(report)).containsExactly("bundle.unpacked.tooLarge");
        assertThat(report.errors().get(0).message()).contains("package/zeros");
    }

    @Test
    void reportsCorruptGzipWithoutThrowing() {
        byte[] clean = BundleFixture.tarball();
        byte[] truncated = Arrays.copyOf(clean, clean.length / 2);
        byte[] badCrc = clean.clone();
        badCrc[badCrc.length - 6] ^= 1;
        byte[] notGzip = "definitely not gzip".getBytes(StandardCharsets.UTF_8);
        for (byte[] tgz : List.of(truncated, badCrc, notGzip, new byte[0])) {
            assertThat(codes(check(tgz))).contains("bundle.tarball.corrupt");
        }
        // The integrity is still computed from every byte: a truncated upload also fails it.
        assertThat(codes(UNSIGNED.check(BundleFixture.meta(clean), truncated)))
                .containsExactly("bundle.integrity.mismatch", "bundle.size.mismatch", "bundle.tarball.corrupt");
    }

    @Test
    void reportsCorruptTarWithoutThrowing() {
        byte[] empty = Tarballs.tgz(tar -> { });
        byte[] notTar = gzip(new byte[] {'h', 'e', 'l', 'l', 'o'});
        byte[] garbage = new byte[4096];
        Arrays.fill(garbage, (byte) 'A');
        byte[] truncatedHeader = Arrays.copyOf(Tarballs.header("package/a.js", 0), 300);
        for (byte[] tar : List.of(notTar, gzip(garbage), gzip(badChecksum()), gzip(truncatedHeader))) {
            assertThat(codes(check(tar))).containsExactly("bundle.tarball.corrupt");
        }
        // An empty tar is no corrupt one: read to its end, it lacks only the logo.
        assertThat(codes(check(empty))).containsExactly("bundle.logo.missing");
    }

    @Test
    void rejectsDirectoryThatClaimsData() {
        byte[] header = Tarballs.header("package/dir/", 1024, TarConstants.LF_DIR);
        byte[] tar = new byte[512 * 6];
        System.arraycopy(header, 0, tar, 0, 512);
        List<Diagnostic> errors = check(gzip(tar)).errors();
        assertThat(errors).extracting(Diagnostic::code).containsExactly("bundle.tarball.corrupt");
        assertThat(errors.get(0).message()).contains("package/dir/");
    }

    @Test
    void rejectsLargeUploadWithNothingElse() {
        BundleCheck small = BundleCheck.builder().verifySignatures(false).maxTarballBytes(100).build();
        byte[] tgz = BundleFixture.tgz(tar -> Tarballs.special(tar, "/x", TarConstants.LF_SYMLINK, "/"));
        assertThat(codes(small.check(BundleFixture.meta(tgz), tgz))).containsExactly("bundle.tarball.tooLarge");
    }

    @Test
    void requiresVersionGreaterThanThePreviousOne() {
        byte[] tgz = BundleFixture.tarball();
        ObjectNode meta = BundleFixture.meta(tgz);
        for (String previous : new String[] {"1.0.0", "1.0.1", "2.0.0-beta.1", "1.0.0+build.7"}) {
            BundleReport report = BundleCheck.builder().verifySignatures(false).previousVersion(previous).build()
                    .check(meta, tgz);
            assertThat(report.errors()).as(previous).extracting(Diagnostic::code)
                    .containsExactly("bundle.version.notGreater");
            assertThat(report.errors().get(0).pointer()).isEqualTo("/version");
        }
        for (String previous : new String[] {"0.9.9", "1.0.0-rc.1", "0.0.1-alpha"}) {
            assertThat(BundleCheck.builder().verifySignatures(false).previousVersion(previous).build()
                    .checkMeta(meta).errors()).as(previous).isEmpty();
        }
        assertThatThrownBy(() -> BundleCheck.builder().previousVersion("one")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void rejectsNonPositiveLimits() {
        assertThatThrownBy(() -> BundleCheck.builder().maxEntries(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BundleCheck.builder().maxUnpackedBytes(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BundleCheck.builder().maxEntryBytes(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BundleReport check(byte[] tgz) {
        return UNSIGNED.check(BundleFixture.meta(tgz), tgz);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        return Tarballs.gzip(bytes);
    }

    private static byte[] badChecksum() {
        byte[] tar = new byte[512 * 4];
        System.arraycopy(Tarballs.header("package/a.js", 0), 0, tar, 0, 512);
        tar[0] = 'q'; // the name changes, the checksum does not
        return tar;
    }

    private static List<String> codes(BundleReport report) {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
