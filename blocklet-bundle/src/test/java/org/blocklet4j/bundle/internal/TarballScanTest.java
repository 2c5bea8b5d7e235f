package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarConstants;
import org.blocklet4j.bundle.Tarballs;
import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.api.Test;

class TarballScanTest {
    private static final TarballScan.Limits LIMITS = new TarballScan.Limits(500L << 20, 10_000, 1L << 30, 100L << 20);

    @Test
    void capturesWantedEntriesWithinTheirBound() throws IOException {
        byte[] logo = bytes(100, 1);
        byte[] shot = bytes(5000, 2);
        byte[] tgz = Tarballs.tgz(tar -> {
            Tarballs.file(tar, "package/logo.png", logo);
            Tarballs.file(tar, "package/screenshots/a.png", shot);
            Tarballs.special(tar, "package/screenshots/link.png", TarConstants.LF_SYMLINK, "a.png");
            Tarballs.file(tar, "package/other.png", logo);
        });
        TarballScan scan = TarballScan.read(new ByteArrayInputStream(tgz), LIMITS, Map.of("package/logo.png", 1000,
                "package/screenshots/a.png", 1000, "package/screenshots/link.png", 1000, "package/none.png", 10),
                1L << 20, false);
        assertThat(scan.captured()).containsOnlyKeys("package/logo.png", "package/screenshots/a.png");
        TarballScan.Captured captured = scan.captured().get("package/logo.png");
        assertThat(captured.bytes()).isEqualTo(logo);
        assertThat(captured.complete()).isTrue();
        // It claims more than its bound: its size is kept, none of its bytes.
        TarballScan.Captured tooLarge = scan.captured().get("package/screenshots/a.png");
        assertThat(tooLarge.size()).isEqualTo(5000);
        assertThat(tooLarge.bytes()).isEmpty();
        assertThat(tooLarge.complete()).isFalse();
        assertThat(scan.entries()).isEqualTo(4);
        assertThat(scan.storeIntegrity()).isPresent();
    }

    @Test
    void capturesNoMoreThanTheBudgetInAll() throws IOException {
        byte[] tgz = Tarballs.tgz(tar -> {
            Tarballs.file(tar, "package/a.png", bytes(600, 1));
            Tarballs.file(tar, "package/b.png", bytes(600, 2));
            Tarballs.file(tar, "package/c.png", bytes(600, 3));
        });
        TarballScan scan = TarballScan.read(new ByteArrayInputStream(tgz), LIMITS,
                Map.of("package/a.png", 1000, "package/b.png", 1000, "package/c.png", 1000), 1000, false);
        assertThat(scan.captured().get("package/a.png").bytes()).hasSize(600);
        assertThat(scan.captured().get("package/b.png").bytes()).hasSize(400);
        assertThat(scan.captured().get("package/c.png").bytes()).isEmpty();
    }

    @Test
    void tellsWhetherEveryEntryWasRead() throws IOException {
        byte[] clean = Tarballs.tgz("package/a.js", "1", "package/b.js", "2");
        assertThat(scan(clean).allEntriesRead()).isTrue();
        assertThat(scan(Tarballs.tgz(tar -> { })).allEntriesRead()).isTrue();
        TarballScan truncated = scan(Arrays.copyOf(clean, clean.length / 2));
        assertThat(truncated.problems()).extracting(Diagnostic::code).contains("bundle.tarball.corrupt");
        assertThat(truncated.allEntriesRead()).isFalse();
        TarballScan limited = TarballScan.read(new ByteArrayInputStream(clean),
                new TarballScan.Limits(1L << 20, 1, 1L << 20, 1L << 20), Map.of(), 0, false);
        assertThat(limited.limit()).isPresent();
        assertThat(limited.allEntriesRead()).isFalse();
    }

    @Test
    void keepsTheLastOfTwoEntriesAsExtractionDoes() throws IOException {
        byte[] tgz = Tarballs.tgz("package/blocklet.yml", "first", "package//blocklet.yml", "second");
        TarballScan scan = scan(tgz);
        assertThat(new String(scan.manifest().orElseThrow().bytes(), StandardCharsets.UTF_8)).isEqualTo("second");
        assertThat(scan.problems()).extracting(Diagnostic::code).containsExactly("bundle.entry.duplicate");
    }

    @Test
    void capturesManifestBeyondTheImageBudget() throws IOException {
        byte[] tgz = Tarballs.tgz("package/blocklet.yml", "name: x");
        TarballScan scan = TarballScan.read(new ByteArrayInputStream(tgz), LIMITS, Map.of(), 0, false);
        assertThat(scan.manifest().orElseThrow().name()).isEqualTo("package/blocklet.yml");
        assertThat(scan.manifest().orElseThrow().complete()).isTrue();
    }

    @Test
    void normalisesNamesAsExtractionResolvesThem() {
        assertThat(TarballScan.key("package//a/./b/")).isEqualTo("package/a/b");
        assertThat(TarballScan.key("./package/a")).isEqualTo("package/a");
        assertThat(TarballScan.key("package/")).isEqualTo("package");
    }

    @Test
    void stopsAtAPaxHeaderThatNeverEnds() throws IOException {
        byte[] header = Tarballs.header("PaxHeader", 2L << 30, TarConstants.LF_PAX_EXTENDED_HEADER_LC);
        Tarballs.Counting upload = endless(header, (byte) '1');
        TarballScan scan = TarballScan.read(upload, LIMITS, Map.of(), 0, false);
        assertThat(scan.limit().orElseThrow().code()).isEqualTo("bundle.entry.tooLarge");
        assertThat(scan.limit().orElseThrow().message()).contains("PAX");
        assertThat(upload.count()).isLessThan(1 << 20);
        assertThat(scan.storeIntegrity()).isEmpty();
    }

    @Test
    void stopsAtAGnuLongNameThatNeverEnds() throws IOException {
        byte[] header = Tarballs.header("././@LongLink", 2L << 30, TarConstants.LF_GNUTYPE_LONGNAME);
        Tarballs.Counting upload = endless(header, (byte) 'a');
        TarballScan scan = TarballScan.read(upload, LIMITS, Map.of(), 0, false);
        assertThat(scan.limit().orElseThrow().code()).isEqualTo("bundle.entry.tooLarge");
        assertThat(upload.count()).isLessThan(1 << 20);
    }

    @Test
    void boundsGlobalPaxHeadersInAll() throws IOException {
        // Each global header adds a key the reader keeps for every later entry; each is within the per-entry bound.
        InputStream tar = new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private int n;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position == chunk.length) {
                    chunk = globalHeaderAndFile(n++);
                    position = 0;
                }
                int count = Math.min(len, chunk.length - position);
                System.arraycopy(chunk, position, b, off, count);
                position += count;
                return count;
            }
        };
        Tarballs.Counting upload = new Tarballs.Counting(Tarballs.gzipLazily(tar));
        TarballScan scan = TarballScan.read(upload, LIMITS, Map.of(), 0, false);
        assertThat(scan.limit().orElseThrow().code()).isEqualTo("bundle.unpacked.tooLarge");
        assertThat(scan.limit().orElseThrow().message()).contains("header records");
        assertThat(scan.entries()).isLessThan(400);
    }

    @Test
    void countsEntriesAndStopsAtTheLimit() throws IOException {
        Tarballs.CountingEntries entries = Tarballs.endlessEntries();
        TarballScan scan = TarballScan.read(Tarballs.gzipLazily(entries),
                new TarballScan.Limits(1L << 30, 50, 1L << 30, 1L << 20), Map.of(), 0, false);
        assertThat(scan.limit().orElseThrow().code()).isEqualTo("bundle.entries.tooMany");
        assertThat(scan.entries()).isEqualTo(51);
        assertThat(scan.unpackedBytes()).isLessThan(100 * 1024);
    }

    @Test
    void rejectsSparseAndUnknownTypesButReadsContiguousFiles() throws IOException {
        byte[] tar = concat(typed("package/sparse", (byte) 'S'), typed("package/odd", (byte) 'Z'),
                typed("package/contiguous", TarConstants.LF_CONTIG), new byte[1024]);
        TarballScan scan = TarballScan.read(new ByteArrayInputStream(Tarballs.gzip(tar)), LIMITS,
                Map.of("package/contiguous", 10), 10, false);
        assertThat(scan.problems()).extracting(Diagnostic::code).containsExactly("bundle.entry.type",
                "bundle.entry.type");
        assertThat(scan.problems().get(0).message()).contains("sparse");
        assertThat(scan.problems().get(1).message()).contains("'Z'");
        assertThat(scan.captured()).containsKey("package/contiguous");
    }

    @Test
    void passesFailuresOfTheSourceOn() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(Tarballs.tgz("package/a", "b")),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });
        byte[] clean = Tarballs.tgz("package/a", "b");
        InputStream truncatedThenFailing = new SequenceInputStream(
                new ByteArrayInputStream(Arrays.copyOf(clean, clean.length - 20)), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });
        assertThatThrownBy(() -> TarballScan.read(failing, LIMITS, Map.of(), 0, false))
                .hasMessage("connection reset");
        assertThatThrownBy(() -> TarballScan.read(truncatedThenFailing, LIMITS, Map.of(), 0, false))
                .hasMessage("connection reset");
    }

    @Test
    void quotesNamesForMessages() {
        assertThat(TarballScan.quote("a\u0000\"b\\\n")).isEqualTo("\"a\\u0000\\\"b\\\\\\u000a\"");
        assertThat(TarballScan.quote("x".repeat(500))).hasSize(202 + " (500 characters)".length() + 1)
                .endsWith("… (500 characters)");
    }

    @Test
    void matchesSubresourceIntegrityOnlyWhenEveryAlgorithmWasComputed() throws IOException {
        byte[] tgz = Tarballs.tgz("package/a", "b");
        TarballScan all = TarballScan.read(new ByteArrayInputStream(tgz), LIMITS, Map.of(), 0, true);
        assertThat(all.matchesSubresourceIntegrity(all.storeIntegrity().orElseThrow())).isTrue();
        TarballScan some = scan(tgz);
        assertThatThrownBy(() -> some.matchesSubresourceIntegrity("sha512-x"))
                .isInstanceOf(IllegalStateException.class);
    }

    static java.util.stream.Stream<Long> seeds() {
        return java.util.stream.LongStream.range(0, 200).boxed();
    }

    /** Mutated tars (re-gzipped, so the tar reader sees them) and mutated gzip streams give a result. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("seeds")
    void anyMutationGivesDiagnosticsNeverAnException(long seed) throws IOException {
        java.util.Random random = new java.util.Random(seed);
        byte[] tar = ungzipped(Tarballs.tgz(t -> {
            Tarballs.file(t, "package/blocklet.yml", bytes(300, 1));
            Tarballs.file(t, "package/" + "long/".repeat(30) + "name.js", bytes(700, 2));
            Tarballs.special(t, "package/link", TarConstants.LF_SYMLINK, "x");
        }));
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            tar[random.nextInt(Math.min(tar.length, 4096))] = (byte) random.nextInt(256);
        }
        byte[] upload = Tarballs.gzip(tar);
        if (random.nextBoolean()) {
            upload[random.nextInt(upload.length)] ^= (byte) (1 + random.nextInt(255));
        }
        TarballScan scan = TarballScan.read(new ByteArrayInputStream(upload), LIMITS,
                Map.of("package/blocklet.yml", 100), 1000, random.nextBoolean());
        assertThat(scan.size()).isEqualTo(upload.length);
    }

    private static byte[] ungzipped(byte[] tgz) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(tgz))) {
            return in.readAllBytes();
        }
    }

    private static TarballScan scan(byte[] tgz) throws IOException {
        return TarballScan.read(new ByteArrayInputStream(tgz), LIMITS, Map.of(), 0, false);
    }

    private static Tarballs.Counting endless(byte[] header, byte fill) {
        InputStream filler = new InputStream() {
            @Override
            public int read() {
                return fill;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, fill);
                return len;
            }
        };
        return new Tarballs.Counting(Tarballs.gzipLazily(new SequenceInputStream(new ByteArrayInputStream(header),
                filler)));
    }

    private static byte[] globalHeaderAndFile(int n) {
        byte[] record = Tarballs.paxRecord("key" + n, "v".repeat(200 * 1024));
        byte[] header = Tarballs.header("GlobalHead", record.length, TarConstants.LF_PAX_GLOBAL_EXTENDED_HEADER);
        return concat(header, Arrays.copyOf(record, (record.length + 511) / 512 * 512),
                Tarballs.header("package/f" + n, 0));
    }

    private static byte[] typed(String name, byte type) {
        return Tarballs.header(name, 0, type);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int length, int seed) {
        byte[] bytes = new byte[length];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }
}
