package org.blocklet4j.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Tarballs built by the tests, in memory or lazily as streams; nothing is stored as a binary. */
public final class Tarballs {
    private Tarballs() {
    }

    /** Writes entries into a tar. */
    @FunctionalInterface
    public interface Content {
        void write(TarArchiveOutputStream tar) throws IOException;
    }

    /** A gzipped tar holding what {@code content} writes, as node-tar writes long names (PAX). */
    public static byte[] tgz(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes), "UTF-8")) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            content.write(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A gzipped tar of regular files, given as name and text pairs. */
    public static byte[] tgz(String... namesAndTexts) {
        return tgz(tar -> {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                file(tar, namesAndTexts[i], namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** Adds a regular file. */
    public static void file(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    /** Adds an entry of any type without data. */
    public static void special(TarArchiveOutputStream tar, String name, byte type, String linkName)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
        if (!linkName.isEmpty()) {
            entry.setLinkName(linkName);
        }
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    /** A 512-byte ustar header of a regular file of {@code size} bytes (any size: base-256 when large). */
    public static byte[] header(String name, long size) {
        TarArchiveEntry entry = new TarArchiveEntry(name, true);
        entry.setSize(size);
        byte[] header = new byte[512];
        entry.writeEntryHeader(header);
        return header;
    }

    /**
     * Gzips {@code tar} as it is read, without ever holding the whole: a gzip header, then raw deflate of the
     * stream; no trailer, so the stream must be endless or the reader must stop first.
     */
    public static InputStream gzipLazily(InputStream tar) {
        byte[] gzipHeader = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        return new SequenceInputStream(new ByteArrayInputStream(gzipHeader),
                new DeflaterInputStream(tar, deflater, 64 * 1024));
    }

    /** Endless zero bytes. */
    public static InputStream zeros() {
        return new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 0);
                return len;
            }
        };
    }

    /** An endless tar of one-byte files {@code package/f<n>.txt}, generated as it is read. */
    public static CountingEntries endlessEntries() {
        return new CountingEntries();
    }

    /** An endless tar of tiny files that counts the entries it generated. */
    public static final class CountingEntries extends InputStream {
        private final byte[] record = new byte[1024];
        private int position = record.length;
        private long generated;

        /** The entries generated so far. */
        public long generated() {
            return generated;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            read(one, 0, 1);
            return one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position == record.length) {
                java.util.Arrays.fill(record, (byte) 0);
                System.arraycopy(header("package/f" + generated + ".txt", 1), 0, record, 0, 512);
                record[512] = 'x';
                generated++;
                position = 0;
            }
            int n = Math.min(len, record.length - position);
            System.arraycopy(record, position, b, off, n);
            position += n;
            return n;
        }
    }

    /** Counts the bytes read from a stream. */
    public static final class Counting extends InputStream {
        private final InputStream in;
        private long count;

        public Counting(InputStream in) {
            this.in = in;
        }

        /** The bytes read so far. */
        public long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
