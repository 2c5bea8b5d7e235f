package org.blocklet4j.bundle.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.SourceDocument;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Finds {@code blocklet.json} and the tarball it names in a release folder uploaded as one zip, and hands both to a
 * check; every problem with the zip itself is a diagnostic ({@code bundle.release.*}).
 *
 * <p>Layout: {@code blocklet.json} is the one entry of that name at the root or one folder deep
 * ({@code release/blocklet.json}, as zipping the release folder gives it); a second one is
 * {@code bundle.release.meta.ambiguous}. The tarball is the entry named {@code dist.tarball} in the same folder.
 * Other entries are ignored, but every name is checked: an absolute name, a {@code ..} segment, a backslash, a
 * drive letter or NUL is {@code bundle.release.path.unsafe}; a name given twice {@code bundle.release.entry.duplicate}.
 *
 * <p>Bounds: at most {@link #MAX_ENTRIES} entries, {@code blocklet.json} at most {@link #MAX_META_BYTES}, the
 * tarball at most the check's tarball limit (the check stops reading past it). A file is read through its central
 * directory, which is first walked without building anything (at most {@link #MAX_CENTRAL_DIRECTORY_BYTES}), so a
 * directory of millions of entries costs nothing; only {@code blocklet.json} and the tarball are decompressed. A
 * stream is read entry by entry through the local headers and never written to disk: a tarball that comes before
 * {@code blocklet.json} (so its name is not known yet) is held in memory, every such entry together at most the
 * tarball limit, and the zip's entries are decompressed to at most twice the tarball limit plus
 * {@code MAX_META_BYTES} in all ({@code bundle.release.tooLarge} past it).
 *
 * <p>Exceptions: only a failure of the channel or stream given ({@link IOException}); a zip that cannot be decoded
 * is a diagnostic. Internal; no compatibility promise. Stateless; safe to call from many threads at once.
 */
public final class ReleaseArchive {
    /** The most entries a release zip may hold; a release folder holds two files. */
    public static final int MAX_ENTRIES = 1000;
    /** The largest {@code blocklet.json} read: 1 MiB. */
    public static final int MAX_META_BYTES = 1024 * 1024;
    /** The largest central directory read: 4 MiB. */
    public static final int MAX_CENTRAL_DIRECTORY_BYTES = 4 * 1024 * 1024;

    private static final String META = "blocklet.json";
    private static final int BUFFER = 64 * 1024;
    private static final int EOCD_SIG = 0x06054b50;
    private static final int EOCD_LENGTH = 22;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CFH_SIG = 0x02014b50;
    private static final int CFH_LENGTH = 46;

    private ReleaseArchive() {
    }

    /** The check run on what the zip holds. */
    @FunctionalInterface
    public interface Checker<R> {
        /**
         * Checks {@code blockletJson}'s text with the tarball's data, or without a tarball (null) when the zip holds
         * none that can be read; {@code tarball} is not to be closed.
         */
        R check(String blockletJson, @Nullable InputStream tarball);
    }

    /**
     * What reading the zip gave: the problems of the zip itself, in the order found, then the check's result, or
     * null when no {@code blocklet.json} could be read.
     */
    public record Outcome<R>(List<Diagnostic> diagnostics, @Nullable R report) {
        /** Copies the diagnostics. */
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Reads the zip file open in {@code zip} through its central directory; does not close it. The tarball's size
     * is left to the check, which reads no further than its limit.
     *
     * @throws IOException when {@code zip} fails
     */
    public static <R> Outcome<R> read(SeekableByteChannel zip, Checker<R> checker) throws IOException {
        Objects.requireNonNull(checker, "checker");
        TrackedChannel channel = new TrackedChannel(Objects.requireNonNull(zip, "zip"));
        List<Diagnostic> out = new ArrayList<>();
        int declared;
        try {
            declared = countCentralDirectory(channel, out);
        } catch (IOException | RuntimeException e) {
            channel.rethrowIfFailed(e);
            out.add(unreadable(e));
            return new Outcome<>(out, null);
        }
        if (declared < 0) {
            return new Outcome<>(out, null);
        }
        ZipFile file;
        try {
            file = ZipFile.builder().setSeekableByteChannel(channel).get();
        } catch (IOException | RuntimeException e) {
            channel.rethrowIfFailed(e);
            out.add(unreadable(e));
            return new Outcome<>(out, null);
        }
        try (file) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > declared) {
                // The reader found records the walk did not: it read another directory than the end record names.
                out.add(Diagnostic.error("bundle.release.unreadable", "",
                        "the zip's central directory is not where its end record says"));
                return new Outcome<>(out, null);
            }
            return readEntries(file, entries, channel, checker, out);
        }
    }

    /**
     * Reads a zip from {@code zip} entry by entry, never past the bounds; does not close it.
     *
     * @throws IOException when {@code zip} fails
     */
    public static <R> Outcome<R> read(InputStream zip, long maxTarballBytes, Checker<R> checker) throws IOException {
        return new Streamed<>(new TrackedStream(Objects.requireNonNull(zip, "zip")), maxTarballBytes,
                Objects.requireNonNull(checker, "checker")).read();
    }

    private static <R> Outcome<R> readEntries(ZipFile file, List<ZipArchiveEntry> entries, TrackedChannel channel,
            Checker<R> checker, List<Diagnostic> out) throws IOException {
        Layout layout = new Layout(out);
        Map<String, ZipArchiveEntry> usable = new LinkedHashMap<>();
        ZipArchiveEntry metaEntry = null;
        for (ZipArchiveEntry entry : entries) {
            switch (layout.add(entry.getName(), entry.isDirectory())) {
                case META -> metaEntry = entry;
                case ENTRY -> usable.put(entry.getName(), entry);
                case SKIP -> {
                }
            }
        }
        if (metaEntry == null) {
            layout.reportMissingMeta();
            return new Outcome<>(out, null);
        }
        Diagnostic unusable = whyUnreadable(file, metaEntry, "");
        if (unusable != null) {
            out.add(unusable);
            return new Outcome<>(out, null);
        }
        Meta meta;
        try {
            EntryStream data = new EntryStream(file.getInputStream(metaEntry), metaEntry.getName(), channel, null);
            meta = Meta.read(data, metaEntry.getName(), out);
            if (data.problem != null) {
                out.add(data.problem);
            }
        } catch (IOException | RuntimeException e) {
            channel.rethrowIfFailed(e);
            out.add(corrupt(metaEntry.getName(), e));
            return new Outcome<>(out, null);
        }
        if (meta == null) {
            return new Outcome<>(out, null);
        }
        if (meta.tarball == null) {
            return new Outcome<>(out, checker.check(meta.text, null));
        }
        ZipArchiveEntry tarball = usable.get(meta.tarball);
        if (tarball == null) {
            out.add(meta.missingTarball());
            return new Outcome<>(out, checker.check(meta.text, null));
        }
        unusable = whyUnreadable(file, tarball, "/dist/tarball");
        if (unusable != null) {
            out.add(meta.position(unusable));
            return new Outcome<>(out, checker.check(meta.text, null));
        }
        EntryStream data;
        try {
            data = new EntryStream(file.getInputStream(tarball), tarball.getName(), channel, null);
        } catch (IOException | RuntimeException e) {
            channel.rethrowIfFailed(e);
            out.add(corrupt(tarball.getName(), e));
            return new Outcome<>(out, checker.check(meta.text, null));
        }
        R report = checker.check(meta.text, data);
        if (data.problem != null) {
            // The check saw the tarball cut short; its verdict on integrity would be about the wrong bytes.
            out.add(data.problem);
            report = checker.check(meta.text, null);
        }
        return new Outcome<>(out, report);
    }

    /** Why the entry's data is not to be read (a link, encryption, an unknown compression method), or null. */
    private static @Nullable Diagnostic whyUnreadable(ZipFile file, ZipArchiveEntry entry, String pointer) {
        if (entry.isUnixSymlink()) {
            return Diagnostic.error("bundle.release.entry.link", pointer,
                    "zip entry " + quote(entry.getName()) + " is a symbolic link");
        }
        return file.canReadEntryData(entry) ? null : unsupported(entry.getName(), pointer);
    }

    /**
     * Walks the central directory as the reader will, counting records and their bytes, before the reader builds
     * an entry for each. Returns the count, or -1 after adding the problem.
     */
    private static int countCentralDirectory(SeekableByteChannel channel, List<Diagnostic> out) throws IOException {
        long size = channel.size();
        int tailLength = (int) Math.min(size, EOCD_LENGTH + 0xFFFF);
        ByteBuffer tail = size < EOCD_LENGTH ? null : readAt(channel, size - tailLength, tailLength);
        int eocd = -1;
        for (int i = tail == null ? -1 : tailLength - EOCD_LENGTH; i >= 0; i--) {
            if (tail.getInt(i) == EOCD_SIG) {
                eocd = i;
                break;
            }
        }
        if (tail == null || eocd < 0) {
            out.add(Diagnostic.error("bundle.release.unreadable", "", "the file is not a zip archive"));
            return -1;
        }
        long offset = tail.getInt(eocd + 16) & 0xFFFFFFFFL;
        if (offset == 0xFFFFFFFFL || (tail.getShort(eocd + 10) & 0xFFFF) == 0xFFFF) {
            long eocdPosition = size - tailLength + eocd;
            ByteBuffer locator = eocdPosition < 20 ? null : readAt(channel, eocdPosition - 20, 20);
            long record = locator == null || locator.getInt(0) != ZIP64_LOCATOR_SIG ? -1 : locator.getLong(8);
            ByteBuffer zip64 = record < 0 || record > size - 56 ? null : readAt(channel, record, 56);
            if (zip64 == null || zip64.getInt(0) != ZIP64_EOCD_SIG) {
                out.add(Diagnostic.error("bundle.release.unreadable", "",
                        "the zip's ZIP64 end of central directory record is missing"));
                return -1;
            }
            offset = zip64.getLong(48);
        }
        if (offset < 0 || offset > size) {
            out.add(Diagnostic.error("bundle.release.unreadable", "",
                    "the zip's central directory starts outside the file"));
            return -1;
        }
        int count = 0;
        long position = offset;
        for (ByteBuffer header; (header = readAt(channel, position, CFH_LENGTH)) != null
                && header.getInt(0) == CFH_SIG; ) {
            if (++count > MAX_ENTRIES) {
                out.add(tooManyEntries());
                return -1;
            }
            position += CFH_LENGTH + (header.getShort(28) & 0xFFFF) + (header.getShort(30) & 0xFFFF)
                    + (header.getShort(32) & 0xFFFF);
            if (position - offset > MAX_CENTRAL_DIRECTORY_BYTES) {
                out.add(Diagnostic.error("bundle.release.tooLarge", "",
                        "the zip's central directory is larger than " + MAX_CENTRAL_DIRECTORY_BYTES + " bytes"));
                return -1;
            }
        }
        return count;
    }

    /** {@code length} bytes at {@code position}, little-endian; null when the file ends before. */
    private static @Nullable ByteBuffer readAt(SeekableByteChannel channel, long position, int length)
            throws IOException {
        if (position < 0 || position > channel.size() - length) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }

    /** A zip read from a stream, entry by entry. */
    private static final class Streamed<R> {
        private final TrackedStream source;
        private final ZipArchiveInputStream zip;
        private final long limit;
        private final Checker<R> checker;
        private final List<Diagnostic> out = new ArrayList<>();
        private final Layout layout = new Layout(out);
        /** Entries that may be the tarball, met before {@code blocklet.json}. */
        private final Map<String, Spool> spooled = new HashMap<>();
        private long spooledBytes;
        /** Bytes that may be decompressed from the zip's entries in all, and what is left of them. */
        private final long budgetTotal;
        private long budget;
        private int entries;
        private boolean metaMet;
        private @Nullable Meta meta;
        private boolean checked;
        private @Nullable R report;

        Streamed(TrackedStream source, long limit, Checker<R> checker) {
            this.source = source;
            // Entries whose data is a ZIP "stored" with a data descriptor are allowed: streaming zippers write them.
            this.zip = new ZipArchiveInputStream(source, StandardCharsets.UTF_8.name(), true, true);
            this.limit = limit;
            this.checker = checker;
            this.budgetTotal = limit > (Long.MAX_VALUE - MAX_META_BYTES) / 2 ? Long.MAX_VALUE
                    : 2 * limit + MAX_META_BYTES;
            this.budget = budgetTotal;
        }

        Outcome<R> read() throws IOException {
            boolean complete = walk();
            Meta m = meta;
            if (m == null) {
                if (complete && !metaMet) {
                    layout.reportMissingMeta();
                }
                return new Outcome<>(out, null);
            }
            if (!checked) {
                if (m.tarball != null && complete) {
                    out.add(m.missingTarball());
                }
                report = checker.check(m.text, null);
            }
            return new Outcome<>(out, report);
        }

        /** Reads the entries; false when it stopped at a problem before the end. */
        private boolean walk() throws IOException {
            while (true) {
                ZipArchiveEntry entry;
                try {
                    entry = zip.getNextEntry();
                } catch (IOException | RuntimeException e) {
                    source.rethrowIfFailed(e);
                    out.add(unreadable(e));
                    return false;
                }
                if (entry == null) {
                    return true;
                }
                if (++entries > MAX_ENTRIES) {
                    out.add(tooManyEntries());
                    return false;
                }
                String name = entry.getName();
                EntryStream data = new EntryStream(zip, name, source, this);
                boolean ok = switch (layout.add(name, entry.isDirectory())) {
                    case META -> meta(entry, data);
                    case ENTRY -> entry(entry, data);
                    case SKIP -> drain(entry, data);
                };
                if (!ok) {
                    return false;
                }
            }
        }

        private boolean meta(ZipArchiveEntry entry, EntryStream data) throws IOException {
            metaMet = true;
            if (!zip.canReadEntryData(entry)) {
                out.add(unsupported(entry.getName(), ""));
                return drain(entry, data);
            }
            Meta m = Meta.read(data, entry.getName(), out);
            if (data.problem != null) {
                out.add(data.problem);
                return false;
            }
            meta = m;
            Spool early = m == null || m.tarball == null ? null : spooled.get(m.tarball);
            spooled.clear();
            spooledBytes = 0;
            if (m != null && early != null) {
                checked = true;
                if (early.unsupported) {
                    out.add(m.position(unsupported(m.tarball, "/dist/tarball")));
                    report = checker.check(m.text, null);
                } else if (early.length > limit) {
                    out.add(m.position(Diagnostic.error("bundle.tarball.tooLarge", "/dist/tarball",
                            "the tarball is larger than " + limit + " bytes")));
                    report = checker.check(m.text, null);
                } else if (early.dropped) {
                    out.add(m.position(Diagnostic.error("bundle.release.order", "/dist/tarball",
                            "the tarball comes before blocklet.json in the zip, after other entries that filled the "
                                    + limit + " bytes held in memory; put blocklet.json first or check a file")));
                    report = checker.check(m.text, null);
                } else {
                    report = checker.check(m.text, early.open());
                }
            }
            return drain(entry, data);
        }

        private boolean entry(ZipArchiveEntry entry, EntryStream data) throws IOException {
            Meta m = meta;
            if (m != null) {
                if (checked || !entry.getName().equals(m.tarball)) {
                    return drain(entry, data);
                }
                checked = true;
                if (!zip.canReadEntryData(entry)) {
                    out.add(m.position(unsupported(entry.getName(), "/dist/tarball")));
                    report = checker.check(m.text, null);
                    return drain(entry, data);
                }
                report = checker.check(m.text, data);
                if (data.problem != null) {
                    out.add(data.problem);
                    report = checker.check(m.text, null);
                    return false;
                }
                // Past the limit the check has said so; the rest of the tarball is not worth decompressing.
                return data.count <= limit && drain(entry, data);
            }
            if (!metaMet && depth(entry.getName()) <= 1) {
                return spool(entry, data);
            }
            return drain(entry, data);
        }

        /** Holds an entry that may be the tarball, within the memory bound. */
        private boolean spool(ZipArchiveEntry entry, EntryStream data) throws IOException {
            Spool spool = new Spool();
            spooled.put(entry.getName(), spool);
            if (!zip.canReadEntryData(entry)) {
                spool.unsupported = true;
                return drain(entry, data);
            }
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = data.read(buffer, 0, buffer.length)) > 0; ) {
                spool.length += n;
                if (spool.held()) {
                    if (spool.length > limit || spooledBytes + n > limit) {
                        spooledBytes -= spool.release();
                        spool.dropped = true;
                    } else {
                        spool.add(buffer, n);
                        spooledBytes += n;
                    }
                }
            }
            if (data.problem != null) {
                out.add(data.problem);
                return false;
            }
            return true;
        }

        /**
         * Reads the rest of an entry's data, within the budget; false at a problem. Data that cannot be decoded is
         * left to the next entry's read, which skips it by its compressed size.
         */
        private boolean drain(ZipArchiveEntry entry, EntryStream data) throws IOException {
            if (!zip.canReadEntryData(entry)) {
                return true;
            }
            byte[] buffer = new byte[BUFFER];
            while (data.read(buffer, 0, buffer.length) > 0) {
                // discarded
            }
            if (data.problem != null) {
                out.add(data.problem);
                return false;
            }
            return true;
        }

        /** Takes {@code n} bytes from the budget; false when it is spent. */
        boolean spend(int n) {
            budget -= n;
            return budget >= 0;
        }

        long budgetTotal() {
            return budgetTotal;
        }
    }

    /** Bytes of an entry held in memory, in chunks. */
    private static final class Spool {
        private final List<byte[]> chunks = new ArrayList<>();
        long length;
        boolean dropped;
        boolean unsupported;

        boolean held() {
            return !dropped;
        }

        void add(byte[] buffer, int n) {
            chunks.add(java.util.Arrays.copyOf(buffer, n));
        }

        /** Frees the bytes; returns how many there were. */
        long release() {
            long n = 0;
            for (byte[] chunk : chunks) {
                n += chunk.length;
            }
            chunks.clear();
            return n;
        }

        InputStream open() {
            List<InputStream> parts = new ArrayList<>();
            for (byte[] chunk : chunks) {
                parts.add(new ByteArrayInputStream(chunk));
            }
            return new SequenceInputStream(Collections.enumeration(parts));
        }
    }

    /** {@code blocklet.json} as read from the zip, with the name of the tarball entry it leads to. */
    private static final class Meta {
        final String text;
        final SourceDocument document;
        /** The tarball's entry name, or null when {@code dist.tarball} names no file the zip could hold. */
        final @Nullable String tarball;

        private Meta(String text, SourceDocument document, @Nullable String tarball) {
            this.text = text;
            this.document = document;
            this.tarball = tarball;
        }

        /** Reads the entry's data; null after adding the problem (too large) or when the data failed. */
        static @Nullable Meta read(EntryStream data, String name, List<Diagnostic> out) throws IOException {
            byte[] bytes = data.readNBytes(MAX_META_BYTES + 1);
            if (data.problem != null) {
                return null;
            }
            if (bytes.length > MAX_META_BYTES) {
                out.add(Diagnostic.error("bundle.release.meta.tooLarge", "",
                        quote(name) + " is larger than " + MAX_META_BYTES + " bytes"));
                return null;
            }
            // As the store reads it (Buffer#toString): malformed UTF-8 becomes U+FFFD.
            String text = new String(bytes, StandardCharsets.UTF_8);
            String folder = name.substring(0, name.length() - META.length());
            SourceDocument document = SourceDocument.fromJson(text);
            String tarball = tarballName(document);
            return new Meta(text, document, tarball == null ? null : folder + tarball);
        }

        /** {@code dist.tarball} when it is a plain file name; the check reports every other value. */
        private static @Nullable String tarballName(SourceDocument document) {
            JsonNode tree = document.tree().orElse(null);
            JsonNode dist = tree == null || !tree.isObject() ? null : tree.get("dist");
            JsonNode name = dist == null || !dist.isObject() ? null : dist.get("tarball");
            if (name == null || !name.isString()) {
                return null;
            }
            String s = name.stringValue();
            boolean plain = !s.isEmpty() && s.indexOf('/') < 0 && s.indexOf('\\') < 0 && !s.contains("..")
                    && s.indexOf('\0') < 0;
            return plain ? s : null;
        }

        Diagnostic missingTarball() {
            return position(Diagnostic.error("bundle.release.tarball.missing", "/dist/tarball",
                    "the zip holds no " + quote(Objects.requireNonNull(tarball)) + " beside blocklet.json"));
        }

        Diagnostic position(Diagnostic d) {
            return d.at(document.nearestPosition(d.pointer()).orElse(null));
        }
    }

    /** The roles of the entries' names; reports unsafe names, duplicates and a second {@code blocklet.json}. */
    private static final class Layout {
        enum Kind { META, ENTRY, SKIP }

        private final List<Diagnostic> out;
        private final Set<String> names = new HashSet<>();
        private @Nullable String meta;

        Layout(List<Diagnostic> out) {
            this.out = out;
        }

        Kind add(String name, boolean directory) {
            if (unsafe(name)) {
                out.add(Diagnostic.error("bundle.release.path.unsafe", "", "zip entry " + quote(name)
                        + " is absolute or leaves its folder ('..', '\\', a drive letter or NUL)"));
                return Kind.SKIP;
            }
            if (!names.add(name)) {
                out.add(Diagnostic.error("bundle.release.entry.duplicate", "",
                        "the zip holds " + quote(name) + " more than once"));
                return Kind.SKIP;
            }
            if (directory) {
                return Kind.SKIP;
            }
            if (name.equals(META) || (name.endsWith("/" + META) && depth(name) == 1)) {
                if (meta != null) {
                    out.add(Diagnostic.error("bundle.release.meta.ambiguous", "",
                            "the zip holds both " + quote(meta) + " and " + quote(name)));
                    return Kind.SKIP;
                }
                meta = name;
                return Kind.META;
            }
            return Kind.ENTRY;
        }

        void reportMissingMeta() {
            out.add(Diagnostic.error("bundle.release.meta.missing", "",
                    "the zip holds no blocklet.json at its root or in a top-level folder"));
        }

        private static boolean unsafe(String name) {
            if (name.isEmpty() || name.charAt(0) == '/' || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                    || (name.length() >= 2 && name.charAt(1) == ':')) {
                return true;
            }
            for (String segment : name.split("/", -1)) {
                if (segment.equals("..")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** How many folders deep a name is: 0 at the root. */
    private static int depth(String name) {
        int depth = 0;
        for (int i = name.indexOf('/'); i >= 0 && i < name.length() - 1; i = name.indexOf('/', i + 1)) {
            depth++;
        }
        return depth;
    }

    /**
     * One entry's data for the check: a decoding failure or a spent budget ends the data early and is kept as
     * {@link #problem}; a failure of the source is rethrown. Closing it does nothing.
     */
    private static final class EntryStream extends InputStream {
        private final InputStream entry;
        private final String name;
        private final Tracked source;
        private final @Nullable Streamed<?> budget;
        long count;
        @Nullable Diagnostic problem;

        EntryStream(InputStream entry, String name, Tracked source, @Nullable Streamed<?> budget) {
            this.entry = entry;
            this.name = name;
            this.source = source;
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (problem != null) {
                return -1;
            }
            if (len == 0) {
                return 0;
            }
            int n;
            try {
                n = entry.read(b, off, len);
            } catch (IOException | RuntimeException e) {
                source.rethrowIfFailed(e);
                problem = corrupt(name, e);
                return -1;
            }
            if (n > 0) {
                count += n;
                if (budget != null && !budget.spend(n)) {
                    problem = Diagnostic.error("bundle.release.tooLarge", "",
                            "the zip's entries hold more than " + budget.budgetTotal() + " bytes");
                    return -1;
                }
            }
            return n;
        }

        @Override
        public void close() {
        }
    }

    /** A source that remembers whether it failed, to tell its failures from the zip's. */
    private interface Tracked {
        boolean failed();

        default void rethrowIfFailed(Exception e) throws IOException {
            if (failed()) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }

    /** The caller's stream; not closed. */
    private static final class TrackedStream extends InputStream implements Tracked {
        private final InputStream in;
        private boolean failed;

        TrackedStream(InputStream in) {
            this.in = in;
        }

        @Override
        public boolean failed() {
            return failed;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public void close() {
        }
    }

    /** The caller's channel, read-only; not closed. */
    private static final class TrackedChannel implements SeekableByteChannel, Tracked {
        private final SeekableByteChannel channel;
        private boolean failed;
        private boolean open = true;

        TrackedChannel(SeekableByteChannel channel) {
            this.channel = channel;
        }

        @Override
        public boolean failed() {
            return failed;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            try {
                return channel.read(dst);
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public int write(ByteBuffer src) {
            throw new java.nio.channels.NonWritableChannelException();
        }

        @Override
        public long position() throws IOException {
            try {
                return channel.position();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            try {
                channel.position(newPosition);
                return this;
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public long size() throws IOException {
            try {
                return channel.size();
            } catch (IOException e) {
                failed = true;
                throw e;
            }
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new java.nio.channels.NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open && channel.isOpen();
        }

        @Override
        public void close() {
            open = false;
        }
    }

    private static Diagnostic unreadable(Exception e) {
        return Diagnostic.error("bundle.release.unreadable", "", "the zip cannot be read: " + reason(e));
    }

    private static Diagnostic corrupt(String name, Exception e) {
        return Diagnostic.error("bundle.release.entry.corrupt", "",
                "zip entry " + quote(name) + " cannot be decompressed: " + reason(e));
    }

    private static Diagnostic unsupported(String name, String pointer) {
        return Diagnostic.error("bundle.release.entry.unsupported", pointer,
                "zip entry " + quote(name) + " is encrypted or compressed with a method that cannot be read");
    }

    private static Diagnostic tooManyEntries() {
        return Diagnostic.error("bundle.release.tooManyEntries", "",
                "the zip holds more than " + MAX_ENTRIES + " entries");
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : quoteControls(message, 200);
    }

    /** A name for a message: in quotes, control characters escaped, at most 200 characters. */
    static String quote(String name) {
        return '"' + quoteControls(name, 200) + '"';
    }

    private static String quoteControls(String s, int max) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '"' || c == '\\') {
                b.append(c == '"' || c == '\\' ? "\\" + c : String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return i < s.length() ? b + "\u2026" : b.toString();
    }
}
