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

    /** A 512-byte ustar header of a regular file of {@code size} bytes. */
    public static byte[] header(String name, long size) {
        return header(name, size, org.apache.commons.compress.archivers.tar.TarConstants.LF_NORMAL);
    }

    /** A 512-byte ustar header of an entry of tar type {@code type} claiming {@code size} bytes. */
    public static byte[] header(String name, long size, byte type) {
        TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
        entry.setSize(size);
        byte[] header = new byte[512];
        entry.writeEntryHeader(header);
        return header;
    }

    /**
     * A raw tar (not gzipped) of one regular file whose name a PAX extended header gives, written by hand so that
     * the name can be anything, NUL and leading slash included.
     */
    public static byte[] paxNamed(String paxPath, String ustarName, byte[] content) {
        byte[] record = paxRecord("path", paxPath);
        TarArchiveEntry pax = new TarArchiveEntry("PaxHeader", org.apache.commons.compress.archivers.tar.TarConstants
                .LF_PAX_EXTENDED_HEADER_LC, true);
        pax.setSize(record.length);
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        byte[] header = new byte[512];
        pax.writeEntryHeader(header);
        tar.writeBytes(header);
        tar.writeBytes(padded(record));
        tar.writeBytes(header(ustarName, content.length));
        tar.writeBytes(padded(content));
        tar.writeBytes(new byte[1024]);
        return tar.toByteArray();
    }

    /** A regular file as a raw tar holds it: its 512-byte ustar header, then its bytes padded to 512. */
    public static byte[] rawFile(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(name, content.length));
        out.writeBytes(padded(content));
        return out.toByteArray();
    }

    /** A PAX record, {@code "<length> <key>=<value>\n"}, its length counting itself. */
    public static byte[] paxRecord(String key, String value) {
        byte[] body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
        int length = body.length + 1;
        while (String.valueOf(length).length() + body.length != length) {
            length++;
        }
        return (length + new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] padded(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, (bytes.length + 511) / 512 * 512);
    }

    /** Gzips {@code bytes} in memory. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
