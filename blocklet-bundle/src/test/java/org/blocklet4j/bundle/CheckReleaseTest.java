package org.blocklet4j.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@link BundleCheck#checkRelease}: the release folder as one zip, read from a file and from a stream. */
class CheckReleaseTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] TARBALL = BundleFixture.tarball();
    private static final String TGZ = "bundle-fixture-1.0.0.tgz";
    private static final BundleCheck UNSIGNED = BundleCheck.builder().verifySignatures(false).build();

    @TempDir
    Path dir;

    /** The two ways in: a file (central directory) and a stream (local headers). */
    enum Form { FILE, STREAM }

    private record Entry(String name, byte[] data, int unixMode, boolean encrypted) {
        static Entry of(String name, byte[] data) {
            return new Entry(name, data, 0, false);
        }

        static Entry of(String name, String text) {
            return of(name, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void acceptsMetaAndTarballAtTheRoot(Form form) {
        BundleReport report = check(form, zip(Entry.of("blocklet.json", meta()), Entry.of(TGZ, TARBALL)));
        assertThat(report.diagnostics()).isEmpty();
        assertThat(report.meta()).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void acceptsTheZippedReleaseFolder(Form form) {
        Entry[] entries = {Entry.of("release/", new byte[0]), Entry.of("release/blocklet.json", meta()),
            Entry.of("release/" + TGZ, TARBALL), Entry.of("release/notes.txt", "ignored")};
        assertThat(check(form, zip(entries)).diagnostics()).isEmpty();
        assertThat(check(form, streamedZip(entries)).diagnostics()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void findsTheTarballThatComesBeforeBlockletJson(Form form) {
        Entry[] entries = {Entry.of("release/" + TGZ, TARBALL), Entry.of("release/other.bin", "x"),
            Entry.of("release/blocklet.json", meta())};
        assertThat(check(form, zip(entries)).diagnostics()).isEmpty();
        assertThat(check(form, streamedZip(entries)).diagnostics()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void checksTheTarballAsCheckDoes(Form form) {
        byte[] zip = zip(Entry.of("blocklet.json", meta()), Entry.of(TGZ, BundleFixture.tgz("package/other.txt", "x")));
        assertThat(codes(check(form, zip))).containsExactly("bundle.integrity.mismatch", "bundle.size.mismatch");
        assertThat(codes(BundleCheck.create().checkRelease(new ByteArrayInputStream(zip))))
                .containsExactly("bundle.integrity.mismatch", "bundle.size.mismatch", "signature.missing");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsMissingTarballAndStillChecksTheMeta(Form form) {
        String text = meta().replace("\"name\"", "\n\"name\"").replace("\"dist\"", "\n\"dist\"");
        ObjectNode tree = (ObjectNode) JSON.readTree(text);
        tree.remove("name");
        BundleReport report = check(form, zip(Entry.of("blocklet.json", tree.toPrettyString()),
                Entry.of("release/" + TGZ, TARBALL)));
        assertThat(codes(report)).first().isEqualTo("bundle.release.tarball.missing");
        assertThat(report.errors()).extracting(Diagnostic::pointer).contains("/dist/tarball", "/name");
        Diagnostic missing = report.errors().get(0);
        int line = missing.sourcePosition().orElseThrow().line();
        assertThat(tree.toPrettyString().lines().skip(line - 1).findFirst().orElseThrow()).contains(TGZ);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void runsTheMetaStepsWhenDistNamesNoFile(Form form) {
        ObjectNode tree = (ObjectNode) JSON.readTree(meta());
        ((ObjectNode) tree.get("dist")).put("tarball", "../" + TGZ);
        BundleReport report = check(form, zip(Entry.of("blocklet.json", tree.toString()), Entry.of(TGZ, TARBALL)));
        assertThat(codes(report)).containsExactly("bundle.path.unsafe");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsZipWithoutBlockletJson(Form form) {
        assertThat(codes(check(form, zip(Entry.of(TGZ, TARBALL))))).containsExactly("bundle.release.meta.missing");
        byte[] deep = zip(Entry.of("a/b/blocklet.json", meta()), Entry.of("a/b/" + TGZ, TARBALL));
        assertThat(codes(check(form, deep))).containsExactly("bundle.release.meta.missing");
        assertThat(check(form, zip()).isValid()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsBlockletJsonInTwoPlaces(Form form) {
        byte[] zip = zip(Entry.of("blocklet.json", meta()), Entry.of(TGZ, TARBALL),
                Entry.of("release/blocklet.json", meta()), Entry.of("release/" + TGZ, TARBALL));
        assertThat(codes(check(form, zip))).containsExactly("bundle.release.meta.ambiguous");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsEntryNamesThatLeaveTheFolder(Form form) {
        byte[] zip = zip(Entry.of("../evil.sh", "x"), Entry.of("/etc/passwd", "x"), Entry.of("a\\..\\b", "x"),
                Entry.of("C:x", "x"), Entry.of("release/../../x", "x"), Entry.of("blocklet.json", meta()),
                Entry.of(TGZ, TARBALL));
        BundleReport report = check(form, zip);
        assertThat(codes(report)).containsExactly("bundle.release.path.unsafe", "bundle.release.path.unsafe",
                "bundle.release.path.unsafe", "bundle.release.path.unsafe", "bundle.release.path.unsafe");
        assertThat(report.errors().get(0).message()).contains("\"../evil.sh\"");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsEntriesGivenTwice(Form form) {
        byte[] zip = zip(Entry.of("blocklet.json", meta()), Entry.of(TGZ, TARBALL), Entry.of(TGZ, "other"));
        assertThat(codes(check(form, zip))).containsExactly("bundle.release.entry.duplicate");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void boundsTheNumberOfEntries(Form form) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.of("blocklet.json", meta()));
        entries.add(Entry.of(TGZ, TARBALL));
        for (int i = 0; i < 1000; i++) {
            entries.add(Entry.of("junk/" + i, new byte[0]));
        }
        assertThat(codes(check(form, zip(entries.toArray(Entry[]::new)))))
                .containsExactly("bundle.release.tooManyEntries");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void boundsBlockletJson(Form form) {
        byte[] huge = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        assertThat(codes(check(form, zip(Entry.of("blocklet.json", huge), Entry.of(TGZ, TARBALL)))))
                .containsExactly("bundle.release.meta.tooLarge");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void boundsTheTarballByTheCheckLimit(Form form) {
        BundleCheck small = BundleCheck.builder().verifySignatures(false).maxTarballBytes(10).build();
        byte[] after = zip(Entry.of("blocklet.json", meta()), Entry.of(TGZ, TARBALL));
        assertThat(codes(check(small, form, after))).containsExactly("bundle.tarball.tooLarge");
        byte[] before = zip(Entry.of(TGZ, TARBALL), Entry.of("blocklet.json", meta()));
        assertThat(codes(check(small, form, before))).containsExactly("bundle.tarball.tooLarge");
    }

    @Test
    void holdsAtMostTheTarballLimitBeforeBlockletJsonInAStream() {
        BundleCheck limited = BundleCheck.builder().verifySignatures(false).maxTarballBytes(TARBALL.length).build();
        byte[] zip = zip(Entry.of("filler.bin", new byte[TARBALL.length - 1]), Entry.of(TGZ, TARBALL),
                Entry.of("blocklet.json", meta()));
        assertThat(codes(check(limited, Form.STREAM, zip))).containsExactly("bundle.release.order");
        assertThat(codes(check(limited, Form.FILE, zip))).isEmpty();
    }

    @Test
    void boundsWhatAStreamDecompresses() {
        // 64 KiB holds the tarball; a stream may decompress at most 1 MiB + 128 KiB, less than the 3 MiB bomb.
        BundleCheck limited = BundleCheck.builder().verifySignatures(false).maxTarballBytes(64 * 1024).build();
        byte[] zip = zip(Entry.of("blocklet.json", meta()), Entry.of("deep/bomb", new byte[3 * 1024 * 1024]),
                Entry.of(TGZ, TARBALL));
        assertThat(codes(check(limited, Form.STREAM, zip))).containsExactly("bundle.release.tooLarge");
        assertThat(codes(check(limited, Form.FILE, zip))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsDataThatCannotBeDecompressed(Form form) {
        byte[] zip = zip(Entry.of(TGZ, TARBALL), Entry.of("blocklet.json", meta()));
        // The tarball is the first entry: its deflated data follows the local header, name and extra field.
        int data = 30 + TGZ.length() + ((zip[28] & 0xFF) | (zip[29] & 0xFF) << 8);
        zip[data] = (byte) 0xFF;
        zip[data + 1] = (byte) 0xFF;
        BundleReport report = check(form, zip);
        assertThat(codes(report)).first().isEqualTo("bundle.release.entry.corrupt");
        assertThat(codes(report)).doesNotContain("bundle.integrity.mismatch");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsEncryptedEntries(Form form) {
        byte[] zip = zip(Entry.of("blocklet.json", meta()), new Entry(TGZ, TARBALL, 0, true));
        assertThat(codes(check(form, zip))).containsExactly("bundle.release.entry.unsupported");
    }

    @Test
    void reportsLinksInAFile() {
        byte[] zip = zip(Entry.of("blocklet.json", meta()), new Entry(TGZ, "/etc/passwd".getBytes(
                StandardCharsets.UTF_8), 0120777, false));
        assertThat(codes(check(Form.FILE, zip))).containsExactly("bundle.release.entry.link");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsInputThatIsNoZip(Form form) {
        assertThat(codes(check(form, TARBALL))).containsExactly("bundle.release.unreadable");
    }

    @Test
    void readsZip64() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            out.setUseZip64(Zip64Mode.Always);
            for (Entry e : List.of(Entry.of("blocklet.json", meta()), Entry.of(TGZ, TARBALL))) {
                out.putArchiveEntry(new ZipArchiveEntry(e.name()));
                out.write(e.data());
                out.closeArchiveEntry();
            }
        }
        for (Form form : Form.values()) {
            assertThat(check(form, bytes.toByteArray()).diagnostics()).as(form.name()).isEmpty();
        }
    }

    @Test
    void throwsOnlyWhenTheSourceFails() {
        byte[] zip = zip(Entry.of("blocklet.json", meta()), Entry.of(TGZ, TARBALL));
        InputStream failing = new InputStream() {
            private int left = zip.length / 2;

            @Override
            public int read() throws IOException {
                if (left-- <= 0) {
                    throw new IOException("disk on fire");
                }
                return zip[zip.length / 2 - left - 1] & 0xFF;
            }
        };
        assertThatThrownBy(() -> UNSIGNED.checkRelease(failing)).isInstanceOf(BlockletBundleException.class)
                .hasRootCauseMessage("disk on fire");
        assertThatThrownBy(() -> UNSIGNED.checkRelease(dir.resolve("missing.zip")))
                .isInstanceOf(BlockletBundleException.class);
        byte[] truncated = java.util.Arrays.copyOf(zip, zip.length / 2);
        assertThat(check(Form.STREAM, truncated).isValid()).isFalse();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(i -> 0x21900000L + i);
    }

    /** Any damage to a zip gives a report, never an exception. */
    @ParameterizedTest
    @MethodSource("seeds")
    void neverThrowsOnDamagedZips(long seed) {
        Random random = new Random(seed);
        byte[] zip = zip(Entry.of("release/blocklet.json", meta()), Entry.of("release/" + TGZ, TARBALL));
        int cut = random.nextInt(4) == 0 ? random.nextInt(zip.length) : zip.length;
        zip = java.util.Arrays.copyOf(zip, cut);
        for (int i = 1 + random.nextInt(6); i > 0 && zip.length > 0; i--) {
            zip[random.nextInt(zip.length)] = (byte) random.nextInt(256);
        }
        for (Form form : Form.values()) {
            assertThat(check(form, zip)).as(form.name()).isNotNull();
        }
    }

    private BundleReport check(Form form, byte[] zip) {
        return check(UNSIGNED, form, zip);
    }

    private BundleReport check(BundleCheck check, Form form, byte[] zip) {
        if (form == Form.STREAM) {
            return check.checkRelease(new ByteArrayInputStream(zip));
        }
        try {
            return check.checkRelease(Files.write(Files.createTempFile(dir, "release", ".zip"), zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A zip of the entries in order, data deflated, duplicates allowed, written as the zip tool writes it: sizes in
     * the local headers.
     */
    private static byte[] zip(Entry... entries) {
        try {
            Path file = Files.createTempFile("release", ".zip");
            try {
                try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(file)) {
                    write(out, entries);
                }
                byte[] zip = Files.readAllBytes(file);
                for (Entry e : entries) {
                    if (e.encrypted()) {
                        markEncrypted(zip, e.name());
                    }
                }
                return zip;
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip written as streaming zippers write it: sizes in data descriptors after the data. */
    private static byte[] streamedZip(Entry... entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            write(out, entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(ZipArchiveOutputStream out, Entry... entries) throws IOException {
        for (Entry e : entries) {
            ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
            if (e.unixMode() != 0) {
                entry.setUnixMode(e.unixMode());
            }
            out.putArchiveEntry(entry);
            out.write(e.data());
            out.closeArchiveEntry();
        }
    }

    /** Sets the "encrypted" flag of the entry's local and central headers (its data stays plain). */
    private static void markEncrypted(byte[] zip, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= zip.length; i++) {
            boolean local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            boolean central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            int nameAt = local ? i + 30 : i + 46;
            int lengthAt = local ? i + 26 : i + 28;
            if ((local || central) && ((zip[lengthAt] & 0xFF) | (zip[lengthAt + 1] & 0xFF) << 8) == wanted.length
                    && java.util.Arrays.equals(zip, nameAt, nameAt + wanted.length, wanted, 0, wanted.length)) {
                zip[local ? i + 6 : i + 8] |= 1;
            }
        }
    }

    private static String meta() {
        return BundleFixture.meta(TARBALL).toString();
    }

    private static List<String> codes(BundleReport report) {
        return report.diagnostics().stream().map(Diagnostic::code).toList();
    }
}
