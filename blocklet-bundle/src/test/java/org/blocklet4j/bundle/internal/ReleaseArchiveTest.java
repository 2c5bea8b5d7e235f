package org.blocklet4j.bundle.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.blocklet4j.meta.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ReleaseArchive} hands to the check, built with {@code java.util.zip}. */
class ReleaseArchiveTest {
    private static final String META = "{\"name\": \"x\", \"dist\": {\"tarball\": \"x-1.0.0.tgz\"}}";
    private static final byte[] TARBALL = new byte[200_000];

    static {
        new java.util.Random(7).nextBytes(TARBALL);
    }

    @TempDir
    Path dir;

    /** What the checker was given. */
    private record Seen(String text, byte[] tarball) {
    }

    @Test
    void handsBlockletJsonAndTheTarballBytesToTheCheck() throws IOException {
        for (boolean metaFirst : new boolean[] {true, false}) {
            Map<String, byte[]> entries = metaFirst
                    ? ordered("blocklet.json", META.getBytes(StandardCharsets.UTF_8), "x-1.0.0.tgz", TARBALL)
                    : ordered("x-1.0.0.tgz", TARBALL, "blocklet.json", META.getBytes(StandardCharsets.UTF_8));
            byte[] zip = zip(entries);
            for (ReleaseArchive.Outcome<Seen> outcome : List.of(fromFile(zip), fromStream(zip))) {
                assertThat(outcome.diagnostics()).isEmpty();
                assertThat(outcome.report().text()).isEqualTo(META);
                assertThat(outcome.report().tarball()).isEqualTo(TARBALL);
            }
        }
    }

    @Test
    void callsTheCheckWithoutTarballWhenDistNamesNone() throws IOException {
        byte[] zip = zip(ordered("blocklet.json", "{\"dist\": {\"tarball\": 1}}".getBytes(StandardCharsets.UTF_8),
                "x-1.0.0.tgz", TARBALL));
        for (ReleaseArchive.Outcome<Seen> outcome : List.of(fromFile(zip), fromStream(zip))) {
            assertThat(outcome.diagnostics()).isEmpty();
            assertThat(outcome.report().tarball()).isNull();
        }
    }

    @Test
    void doesNotCallTheCheckWithoutBlockletJson() throws IOException {
        byte[] zip = zip(ordered("x-1.0.0.tgz", TARBALL));
        for (ReleaseArchive.Outcome<Seen> outcome : List.of(fromFile(zip), fromStream(zip))) {
            assertThat(outcome.report()).isNull();
            assertThat(outcome.diagnostics()).extracting(Diagnostic::code)
                    .containsExactly("bundle.release.meta.missing");
        }
    }

    @Test
    void quotesNamesForMessages() {
        assertThat(ReleaseArchive.quote("a\u0000b\"\n")).isEqualTo("\"a\\u0000b\\\"\\u000a\"");
        assertThat(ReleaseArchive.quote("x".repeat(500))).hasSize(203).endsWith("\u2026\"");
    }

    private ReleaseArchive.Outcome<Seen> fromFile(byte[] zip) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "release", ".zip"), zip);
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            return ReleaseArchive.read(channel, ReleaseArchiveTest::see);
        }
    }

    private static ReleaseArchive.Outcome<Seen> fromStream(byte[] zip) throws IOException {
        return ReleaseArchive.read(new ByteArrayInputStream(zip), 1 << 20, ReleaseArchiveTest::see);
    }

    private static Seen see(String text, InputStream tarball) {
        try {
            return new Seen(text, tarball == null ? null : tarball.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> ordered(Object... namesAndData) {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndData.length; i += 2) {
            entries.put((String) namesAndData[i], (byte[]) namesAndData[i + 1]);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            List<String> names = new ArrayList<>(entries.keySet());
            for (String name : names) {
                out.putNextEntry(new ZipEntry(name));
                out.write(entries.get(name));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
