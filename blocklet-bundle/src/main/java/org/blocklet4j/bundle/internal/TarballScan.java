package org.blocklet4j.bundle.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.blocklet4j.meta.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * One pass over an uploaded bundle tarball ({@code <name>-<version>.tgz}, a gzipped tar whose entries all live
 * under {@code package/}): the raw bytes are counted against the upload limit and digested (SHA-512, and SHA-256
 * and SHA-384 when asked, for Subresource Integrity) while the same bytes are gunzipped and read entry by entry.
 * Nothing is written to disk, and nothing is kept but the manifest ({@code package/blocklet.yml}, else
 * {@code package/blocklet.yaml}, as the reference's {@code parse} selects it) and the entries the caller names,
 * each up to a bound.
 *
 * <p>Limits: the entry count, each entry's size and the total unpacked size are checked from each tar header
 * <em>before</em> the entry's bytes are read (a header claiming 2 GB is rejected at once), and every decompressed
 * byte, headers and padding included, counts towards the unpacked limit (a gzip bomb stops there). Header records
 * (PAX extended headers, GNU long names) are bounded per entry and in total, since the tar reader keeps them in
 * memory. The first exceeded limit ends the scan and the reading: a rejected upload is not read to its end, so its
 * integrity is not known.
 *
 * <p>A stream that is not a readable gzipped tar gives {@code bundle.tarball.corrupt} and never an exception; the
 * rest of the upload is still read, so that its integrity can be reported as well. Only a failure of the source
 * stream itself is an {@link IOException}.
 *
 * <p>Instances are immutable; the captured bytes are shared, not copied, so callers must not modify them.
 */
public final class TarballScan {
    /** Where every diagnostic of the scan points: the tarball named by {@code blocklet.json}. */
    public static final String POINTER = "/dist/tarball";
    /** The root every entry must live under, as npm and the bundler pack it. */
    public static final String ROOT = "package";
    /** The manifest files, in the order the reference's {@code parse} prefers them. */
    public static final List<String> MANIFESTS = List.of(ROOT + "/blocklet.yml", ROOT + "/blocklet.yaml");
    /**
     * The most bytes of the manifest kept. Real manifests are a few KiB; YAML parsers built on SnakeYAML are
     * super-linear on long single-line scalars (a 1 MiB scalar takes about a second).
     */
    public static final int MAX_MANIFEST_BYTES = 256 * 1024;
    /** The longest entry name accepted: Linux's PATH_MAX; longer names cannot be extracted there. */
    public static final int MAX_NAME_LENGTH = 4096;
    /**
     * Header bytes (the header record, PAX extended headers, GNU long names, the previous entry's padding) read for
     * one entry. commons-compress keeps PAX headers and long names in memory, so they must be bounded; real ones
     * hold a path and a few timestamps.
     */
    static final long MAX_HEADER_BYTES_PER_ENTRY = 256 * 1024;
    /** Header bytes of the whole tarball, at least; global PAX headers accumulate in memory from entry to entry. */
    static final long MIN_HEADER_BYTES_TOTAL = 64L * 1024 * 1024;
    /** Header bytes allowed in total per allowed entry, when the entry limit makes that more than the minimum. */
    static final long HEADER_BYTES_PER_ALLOWED_ENTRY = 4 * 1024;

    private static final String[] ALGORITHMS = {"sha256", "sha384", "sha512"};
    private static final int BUFFER = 64 * 1024;
    private static final int MAX_QUOTED = 200;

    private final long size;
    private final long entries;
    private final long unpackedBytes;
    private final @Nullable Diagnostic limit;
    private final List<Diagnostic> problems;
    private final Map<String, String> base64;
    private final Map<String, Captured> captured;
    private final @Nullable Captured manifest;
    private final boolean allEntriesRead;

    private TarballScan(Scanner s, RawInput raw, Map<String, String> base64) {
        this.size = raw.count;
        this.entries = s.entries;
        this.unpackedBytes = s.inflated == null ? 0 : s.inflated.count;
        this.limit = s.limit;
        this.problems = List.copyOf(s.problems);
        this.base64 = Map.copyOf(base64);
        this.captured = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(s.captured));
        Captured found = null;
        for (String name : MANIFESTS) {
            found = found != null ? found : s.manifests.get(name);
        }
        this.manifest = found;
        this.allEntriesRead = s.limit == null && !s.corrupt;
    }

    /**
     * The limits of one scan; every one must be positive.
     *
     * @param maxTarballBytes  the largest upload, in raw (compressed) bytes
     * @param maxEntries       the most tar entries (files, directories and anything else; PAX and GNU header
     *                         records do not count)
     * @param maxUnpackedBytes the most decompressed bytes, headers and padding included, and the most claimed
     * @param maxEntryBytes    the largest size one entry may claim
     */
    public record Limits(long maxTarballBytes, long maxEntries, long maxUnpackedBytes, long maxEntryBytes) {
        /** Checks that every limit is positive. */
        public Limits {
            positive("maxTarballBytes", maxTarballBytes);
            positive("maxEntries", maxEntries);
            positive("maxUnpackedBytes", maxUnpackedBytes);
            positive("maxEntryBytes", maxEntryBytes);
        }

        private static void positive(String name, long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
        }
    }

    /**
     * The first bytes of an entry the caller asked for.
     *
     * @param name  the entry's name, normalised as {@link #key(String)} gives it
     * @param size  the entry's size, as its header claims it
     * @param bytes its first bytes: all of them when {@link #complete()}, else as many as the bound allowed
     */
    public record Captured(String name, long size, byte[] bytes) {
        /** Checks the parts. */
        public Captured {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(bytes, "bytes");
        }

        /** True when {@link #bytes()} is the whole entry. */
        public boolean complete() {
            return bytes.length == size;
        }
    }

    /**
     * Scans {@code in} to its end or to the first exceeded limit; does not close it.
     *
     * @param limits        the limits
     * @param wanted        normalised entry names ({@link #key(String)}) whose bytes to keep, each with the most
     *                      bytes to keep of it; only regular files are kept, and of an entry that occurs twice the
     *                      last, as extraction leaves it. An entry whose header claims more than its most is kept
     *                      with its size and none of its bytes: a part of it is of no use to a caller that bounds
     *                      it, and the claim alone tells it is too large
     * @param captureBudget the most bytes kept of all wanted entries together, in the order they come; an entry
     *                      past it is kept with fewer bytes or none (the manifest does not count)
     * @param allAlgorithms whether to compute SHA-256 and SHA-384 besides SHA-512 (for
     *                      {@link #matchesSubresourceIntegrity(String)})
     * @throws IOException when {@code in} itself fails; problems of its content are diagnostics
     */
    public static TarballScan read(InputStream in, Limits limits, Map<String, Integer> wanted, long captureBudget,
            boolean allAlgorithms) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(wanted, "wanted");
        MessageDigest[] digests = new MessageDigest[ALGORITHMS.length];
        for (int i = allAlgorithms ? 0 : ALGORITHMS.length - 1; i < digests.length; i++) {
            digests[i] = digest(ALGORITHMS[i]);
        }
        RawInput raw = new RawInput(in, limits.maxTarballBytes(), digests);
        Scanner scanner = new Scanner(limits, wanted, captureBudget);
        try {
            scanner.scan(raw);
        } catch (IOException | RuntimeException e) {
            raw.rethrowFailure();
            scanner.failed(raw, e);
        }
        if (scanner.limit == null) {
            try {
                byte[] buffer = new byte[BUFFER];
                while (raw.read(buffer, 0, buffer.length) >= 0) {
                    // Only for the digest and the size: the rest after the tar (or after a corrupt part).
                }
            } catch (LimitReached e) {
                scanner.failed(raw, e);
            }
        }
        // The gzip reader ignores errors while looking for a further member; the source's own are not content.
        raw.rethrowFailure();
        Map<String, String> base64 = new LinkedHashMap<>();
        if (scanner.limit == null) {
            for (int i = 0; i < digests.length; i++) {
                if (digests[i] != null) {
                    base64.put(ALGORITHMS[i], Base64.getEncoder().encodeToString(digests[i].digest()));
                }
            }
        }
        return new TarballScan(scanner, raw, base64);
    }

    /**
     * An entry name as extraction resolves it: without empty and {@code .} segments and without a trailing
     * {@code /}, so that {@code package//a/./b/} and {@code package/a/b} are the same file.
     */
    public static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(segment);
        }
        return key.toString();
    }

    /** The raw bytes read; one more than the limit when the upload is too large. */
    public long size() {
        return size;
    }

    /** The tar entries seen (PAX and GNU header records do not count). */
    public long entries() {
        return entries;
    }

    /** The decompressed bytes read, headers and padding included. */
    public long unpackedBytes() {
        return unpackedBytes;
    }

    /**
     * The exceeded limit that ended the scan ({@code bundle.tarball.tooLarge}, {@code bundle.entries.tooMany},
     * {@code bundle.unpacked.tooLarge} or {@code bundle.entry.tooLarge}); empty when the whole upload was read.
     */
    public Optional<Diagnostic> limit() {
        return Optional.ofNullable(limit);
    }

    /**
     * The problems of the content, in the order of the entries: unsafe entries ({@code bundle.entry.link},
     * {@code bundle.entry.type}, {@code bundle.entry.path}, {@code bundle.entry.outside},
     * {@code bundle.entry.duplicate}) and a corrupt stream ({@code bundle.tarball.corrupt}, which ends the
     * entries).
     */
    public List<Diagnostic> problems() {
        return problems;
    }

    /**
     * True when the scan saw every entry: no limit ended it and no corrupt stream ({@code bundle.tarball.corrupt})
     * may have cut the entries short. Only then is a wanted entry that was not {@link #captured()} known to be
     * absent.
     */
    public boolean allEntriesRead() {
        return allEntriesRead;
    }

    /** The wanted entries found, by normalised name; the bytes are shared, do not modify them. */
    public Map<String, Captured> captured() {
        return captured;
    }

    /**
     * The manifest found ({@code package/blocklet.yml}, else {@code package/blocklet.yaml}), with at most
     * {@link #MAX_MANIFEST_BYTES} of its bytes; empty when the tarball has neither (or a limit came first).
     */
    public Optional<Captured> manifest() {
        return Optional.ofNullable(manifest);
    }

    /**
     * {@code sha512-} and the padded base64 of SHA-512, as the store writes and compares {@code dist.integrity};
     * empty when a limit ended the scan.
     */
    public Optional<String> storeIntegrity() {
        String sha512 = base64.get("sha512");
        return sha512 == null ? Optional.empty() : Optional.of("sha512-" + sha512);
    }

    /**
     * Whether the Subresource-Integrity string {@code integrity} matches, as {@code ssri} checks it: of the
     * hashes with a known algorithm (sha256, sha384, sha512), only those of the strongest algorithm count, and
     * one of them must equal the digest. Null when no hash has a known algorithm.
     *
     * @throws IllegalStateException when the scan computed SHA-512 only, or a limit ended it
     */
    public @Nullable Boolean matchesSubresourceIntegrity(String integrity) {
        if (base64.size() != ALGORITHMS.length) {
            throw new IllegalStateException("the scan did not compute every algorithm");
        }
        int strongest = -1;
        Map<Integer, List<String>> byAlgorithm = new LinkedHashMap<>();
        for (String token : integrity.strip().split("\\s+")) {
            int dash = token.indexOf('-');
            if (dash <= 0) {
                continue;
            }
            int alg = List.of(ALGORITHMS).indexOf(token.substring(0, dash));
            if (alg < 0) {
                continue;
            }
            String value = token.substring(dash + 1);
            int options = value.indexOf('?');
            byAlgorithm.computeIfAbsent(alg, k -> new ArrayList<>())
                    .add(options < 0 ? value : value.substring(0, options));
            strongest = Math.max(strongest, alg);
        }
        if (strongest < 0) {
            return null;
        }
        return byAlgorithm.get(strongest).contains(base64.get(ALGORITHMS[strongest]));
    }

    /** A name for a message: quoted, control characters escaped, at most a few hundred characters. */
    public static String quote(String name) {
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(name.length(), MAX_QUOTED);
        for (int i = 0; i < end; i++) {
            char c = name.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogateAt(name, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (name.length() > end) {
            out.append("… (").append(name.length()).append(" characters)");
        }
        return out.toString();
    }

    private static boolean validSurrogateAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance("SHA-" + name.substring(3));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " is not available", e);
        }
    }

    /** The walk over the entries, with what it found so far. */
    private static final class Scanner {
        private final Limits limits;
        private final Map<String, Integer> wanted;
        private final List<Diagnostic> problems = new ArrayList<>();
        private final Map<String, Captured> captured = new LinkedHashMap<>();
        private final Map<String, Captured> manifests = new LinkedHashMap<>();
        private final Set<String> seen = new HashSet<>();
        private final byte[] buffer = new byte[BUFFER];
        private @Nullable Inflated inflated;
        private @Nullable Diagnostic limit;
        private boolean corrupt;
        private long entries;
        private long captureBudget;

        Scanner(Limits limits, Map<String, Integer> wanted, long captureBudget) {
            this.limits = limits;
            this.wanted = wanted;
            this.captureBudget = captureBudget;
        }

        void scan(RawInput raw) throws IOException {
            GZIPInputStream gunzip = new GZIPInputStream(raw, BUFFER);
            long totalHeaders = Math.max(MIN_HEADER_BYTES_TOTAL,
                    saturatedMultiply(limits.maxEntries(), HEADER_BYTES_PER_ALLOWED_ENTRY));
            Inflated in = new Inflated(gunzip, limits.maxUnpackedBytes(), totalHeaders);
            inflated = in;
            RecordingTarInput tar = new RecordingTarInput(in);
            while (true) {
                in.startHeaders(MAX_HEADER_BYTES_PER_ENTRY);
                tar.startHeaders();
                TarArchiveEntry entry = tar.getNextEntry();
                in.endHeaders();
                if (entry == null) {
                    break;
                }
                if (!entry(tar, entry, tar.endHeaders(), in)) {
                    return;
                }
            }
            if (in.ended && in.count % TarConstants.DEFAULT_RCDSIZE != 0) {
                // The tar reader takes a partial record for the end of the archive; node-tar rejects it.
                corrupt("the tar ends inside a record, after " + in.count + " bytes");
                return;
            }
            // The gzip trailer (CRC and length) is checked only at the end of the compressed data, and whatever
            // follows the tar's end counts towards the unpacked size too.
            while (in.read(buffer, 0, buffer.length) >= 0) {
                // drain
            }
        }

        /**
         * Checks one entry and reads past its data; false when the scan must stop.
         *
         * @param rawNames the names its PAX and GNU long-name records gave, before the tar reader normalised them
         */
        private boolean entry(TarArchiveInputStream tar, TarArchiveEntry entry, List<String> rawNames, Inflated in)
                throws IOException {
            String name = entry.getName();
            if (!entry.isCheckSumOK()) {
                corrupt("the header of entry " + quote(name) + " has a wrong checksum");
                return false;
            }
            entries++;
            if (entries > limits.maxEntries()) {
                stop("bundle.entries.tooMany", "the tarball has more than " + limits.maxEntries() + " entries");
                return false;
            }
            long claimed = Math.max(entry.getSize(), entry.getRealSize());
            if (claimed > limits.maxEntryBytes()) {
                stop("bundle.entry.tooLarge", "entry " + quote(name) + " claims " + claimed
                        + " bytes, more than " + limits.maxEntryBytes());
                return false;
            }
            if (in.count > limits.maxUnpackedBytes() - claimed) {
                stop("bundle.unpacked.tooLarge", "the tarball unpacks to more than " + limits.maxUnpackedBytes()
                        + " bytes (entry " + quote(name) + " claims " + claimed + ")");
                return false;
            }
            boolean directory = entry.isDirectory();
            if (directory && claimed > 0) {
                // Readers disagree on whether such data is skipped, hence on where the next header starts.
                corrupt("directory entry " + quote(name) + " claims " + claimed + " bytes of data");
                return false;
            }
            String key = key(name);
            boolean regular = checkEntry(entry, name, rawNames, key, directory);
            if (regular && MANIFESTS.contains(key)) {
                // Read before the wanted entries: a manifest is never cut short by their budget.
                manifests.put(key, capture(tar, key, claimed, MAX_MANIFEST_BYTES));
            } else if (regular && wanted.containsKey(key)) {
                int most = wanted.get(key);
                Captured c = claimed > most ? new Captured(key, claimed, new byte[0])
                        : capture(tar, key, claimed, Math.min(most, captureBudget));
                captureBudget -= c.bytes().length;
                captured.put(key, c);
            }
            while (tar.read(buffer, 0, buffer.length) >= 0) {
                // past the entry's data; its claim is already counted
            }
            return true;
        }

        /** Reports what is wrong with one entry; true when it is a regular file. */
        private boolean checkEntry(TarArchiveEntry entry, String name, List<String> rawNames, String key,
                boolean directory) {
            byte flag = entry.getLinkFlag();
            boolean regular = false;
            if (entry.isSymbolicLink() || entry.isLink()) {
                problem("bundle.entry.link", "entry " + quote(name) + " is a " + (entry.isLink() ? "hard" : "symbolic")
                        + " link to " + quote(entry.getLinkName()) + "; a bundle holds files and directories only");
            } else if (entry.isSparse()) {
                problem("bundle.entry.type", "entry " + quote(name)
                        + " is a sparse file; a bundle holds files and directories only");
            } else if (directory) {
                // a directory
            } else if (flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM
                    || flag == TarConstants.LF_CONTIG) {
                regular = true;
            } else {
                problem("bundle.entry.type", "entry " + quote(name) + " is " + typeName(flag)
                        + "; a bundle holds files and directories only");
            }
            String unsafe = name;
            String reason = pathProblem(name);
            for (int i = 0; reason == null && i < rawNames.size(); i++) {
                unsafe = rawNames.get(i);
                reason = pathProblem(unsafe);
            }
            if (reason != null) {
                problem("bundle.entry.path", "entry " + quote(unsafe) + " " + reason);
            } else if (!key.startsWith(ROOT + "/") && !(directory && key.equals(ROOT))) {
                problem("bundle.entry.outside", "entry " + quote(name) + " is not under " + ROOT + "/");
            }
            if (name.length() <= MAX_NAME_LENGTH && !seen.add(key)) {
                problem("bundle.entry.duplicate", "entry " + quote(name)
                        + " occurs more than once; extraction keeps the last");
            }
            return regular;
        }

        private Captured capture(TarArchiveInputStream tar, String key, long claimed, long bound) throws IOException {
            byte[] bytes = new byte[(int) Math.min(Math.min(claimed, Math.max(0, bound)), Integer.MAX_VALUE - 8)];
            int n = 0;
            while (n < bytes.length) {
                int r = tar.read(bytes, n, bytes.length - n);
                if (r < 0) {
                    break;
                }
                n += r;
            }
            return new Captured(key, claimed, n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n));
        }

        void failed(RawInput raw, Exception e) {
            if (raw.overLimit) {
                problems.clear();
                captured.clear();
                manifests.clear();
                limit = Diagnostic.error("bundle.tarball.tooLarge", POINTER,
                        "the tarball is larger than " + limits.maxTarballBytes() + " bytes");
            } else if (inflated != null && inflated.exceeded != null) {
                Inflated in = inflated;
                switch (in.exceeded) {
                    case UNPACKED -> stop("bundle.unpacked.tooLarge",
                            "the tarball unpacks to more than " + limits.maxUnpackedBytes() + " bytes");
                    case ENTRY_HEADERS -> stop("bundle.entry.tooLarge", "the header records of entry "
                            + (entries + 1) + " (PAX extended headers or GNU long names) exceed "
                            + MAX_HEADER_BYTES_PER_ENTRY + " bytes");
                    case ALL_HEADERS -> stop("bundle.unpacked.tooLarge", "the tarball's header records exceed "
                            + in.maxHeaderBytes + " bytes in all");
                }
            } else {
                String message = e.getMessage();
                corrupt("the tarball is not a readable gzipped tar"
                        + (message == null || message.isBlank() ? "" : ": " + quote(message)));
            }
        }

        private void stop(String code, String message) {
            limit = Diagnostic.error(code, POINTER, message);
        }

        private void corrupt(String message) {
            corrupt = true;
            problems.add(Diagnostic.error("bundle.tarball.corrupt", POINTER, message));
        }

        private void problem(String code, String message) {
            problems.add(Diagnostic.error(code, POINTER, message));
        }
    }

    /** Why a name is unsafe to extract, or null. */
    static @Nullable String pathProblem(String name) {
        List<String> reasons = new ArrayList<>(2);
        if (name.indexOf('\0') >= 0) {
            reasons.add("holds a NUL character");
        }
        if (name.startsWith("/")) {
            reasons.add("is an absolute path");
        }
        if (name.indexOf('\\') >= 0 || name.length() >= 2 && name.charAt(1) == ':' && isAsciiLetter(name.charAt(0))) {
            reasons.add("is a Windows path (a backslash or a drive letter)");
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                reasons.add("has a '..' segment");
                break;
            }
        }
        if (name.length() > MAX_NAME_LENGTH) {
            reasons.add("is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (name.isEmpty()) {
            reasons.add("is empty");
        }
        return reasons.isEmpty() ? null : String.join(" and ", reasons);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static String typeName(byte flag) {
        return switch (flag) {
            case TarConstants.LF_CHR -> "a character device";
            case TarConstants.LF_BLK -> "a block device";
            case TarConstants.LF_FIFO -> "a FIFO";
            case TarConstants.LF_MULTIVOLUME -> "a multi-volume continuation";
            default -> "of tar type " + (flag >= 0x21 && flag < 0x7f ? "'" + (char) flag + "'" : "0x"
                    + Integer.toHexString(flag & 0xff));
        };
    }

    private static long plusOne(long n) {
        return n == Long.MAX_VALUE ? n : n + 1;
    }

    private static long saturatedMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high != 0 || low < 0 ? Long.MAX_VALUE : low;
    }

    /**
     * The tar reader, recording the names that PAX {@code path} records and GNU long-name records give. The reader
     * strips a leading {@code /} from such names (and on Windows a drive letter), so an absolute name would pass
     * unseen; every such name of an entry is checked as written.
     */
    private static final class RecordingTarInput extends TarArchiveInputStream {
        private final java.io.ByteArrayOutputStream payload = new java.io.ByteArrayOutputStream();
        private final List<String> rawNames = new ArrayList<>();
        private @Nullable TarArchiveEntry recording;
        private boolean inHeaders;

        RecordingTarInput(InputStream in) {
            // Names are UTF-8, as node-tar writes and reads them; not the platform's charset.
            super(in, "UTF-8");
        }

        void startHeaders() {
            rawNames.clear();
            payload.reset();
            recording = null;
            inHeaders = true;
        }

        List<String> endHeaders() {
            flush();
            inHeaders = false;
            return List.copyOf(rawNames);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            TarArchiveEntry current = getCurrentEntry();
            if (inHeaders && n > 0 && current != null && (current.isPaxHeader() || current.isGlobalPaxHeader()
                    || current.isGNULongNameEntry())) {
                if (current != recording) {
                    flush();
                    recording = current;
                }
                // Bounded: the stream below allows no more header bytes than the per-entry budget.
                payload.write(b, off, n);
            }
            return n;
        }

        private void flush() {
            TarArchiveEntry header = recording;
            if (header != null) {
                byte[] bytes = payload.toByteArray();
                if (header.isGNULongNameEntry()) {
                    int end = bytes.length;
                    while (end > 0 && bytes[end - 1] == 0) {
                        end--;
                    }
                    rawNames.add(new String(bytes, 0, end, java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    paxPaths(bytes, rawNames);
                }
            }
            payload.reset();
            recording = null;
        }

        /** The {@code path} values of PAX records ({@code "<length> <key>=<value>\n"}); malformed ones skipped. */
        private static void paxPaths(byte[] bytes, List<String> out) {
            int at = 0;
            while (at < bytes.length) {
                int space = at;
                long length = 0;
                while (space < bytes.length && bytes[space] >= '0' && bytes[space] <= '9' && length < bytes.length) {
                    length = length * 10 + bytes[space++] - '0';
                }
                if (space == at || space >= bytes.length || bytes[space] != ' ' || length <= space - at
                        || at + length > bytes.length) {
                    return;
                }
                int end = (int) (at + length);
                String record = new String(bytes, space + 1, end - space - 1, java.nio.charset.StandardCharsets.UTF_8);
                if (record.startsWith("path=")) {
                    out.add(record.endsWith("\n") ? record.substring(5, record.length() - 1) : record.substring(5));
                }
                at = end;
            }
        }
    }

    /** Thrown inside the stream layers when a limit is reached; which limit is recorded in the layer. */
    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("limit reached");
        }
    }

    /** The upload as it arrives: counted against its limit and digested. */
    private static final class RawInput extends InputStream {
        private final InputStream source;
        private final long max;
        private final @Nullable MessageDigest[] digests;
        private long count;
        private boolean overLimit;
        private @Nullable Exception failure;

        RawInput(InputStream source, long max, @Nullable MessageDigest[] digests) {
            this.source = source;
            this.max = max;
            this.digests = digests;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (overLimit) {
                throw new LimitReached();
            }
            if (len == 0) {
                return 0;
            }
            int n;
            try {
                // One byte past the limit tells that the upload is longer.
                n = source.read(b, off, (int) Math.min(len, plusOne(max - count)));
            } catch (IOException | RuntimeException e) {
                failure = e;
                throw e;
            }
            if (n > 0) {
                count += n;
                if (count > max) {
                    overLimit = true;
                    throw new LimitReached();
                }
                for (MessageDigest d : digests) {
                    if (d != null) {
                        d.update(b, off, n);
                    }
                }
            }
            return n;
        }

        @Override
        public int available() throws IOException {
            // The gzip reader looks for a further member only when bytes are available (or buffered).
            try {
                return overLimit ? 0 : source.available();
            } catch (IOException | RuntimeException e) {
                failure = e;
                throw e;
            }
        }

        void rethrowFailure() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
        }
    }

    private enum Exceeded { UNPACKED, ENTRY_HEADERS, ALL_HEADERS }

    /**
     * The decompressed tar: counted against the unpacked limit, and while the tar reader looks for the next entry,
     * against the header budgets.
     */
    private static final class Inflated extends InputStream {
        private final InputStream in;
        private final long max;
        private final long maxHeaderBytes;
        private long count;
        private boolean ended;
        private long headerBytes;
        private long headerStart = -1;
        private long headerMax;
        private @Nullable Exceeded exceeded;

        Inflated(InputStream in, long max, long maxHeaderBytes) {
            this.in = in;
            this.max = max;
            this.maxHeaderBytes = maxHeaderBytes;
        }

        void startHeaders(long perEntry) {
            headerStart = count;
            headerMax = perEntry;
        }

        void endHeaders() {
            headerStart = -1;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (exceeded != null) {
                throw new LimitReached();
            }
            if (len == 0) {
                return 0;
            }
            long allowed = max - count;
            if (headerStart >= 0) {
                allowed = Math.min(allowed, Math.min(headerMax - (count - headerStart), maxHeaderBytes - headerBytes));
            }
            // One byte past the allowance tells which limit is exceeded.
            int n = in.read(b, off, (int) Math.min(len, plusOne(allowed)));
            if (n <= 0) {
                ended |= n < 0;
                return n;
            }
            count += n;
            if (count > max) {
                exceeded = Exceeded.UNPACKED;
            } else if (headerStart >= 0) {
                headerBytes += n;
                if (count - headerStart > headerMax) {
                    exceeded = Exceeded.ENTRY_HEADERS;
                } else if (headerBytes > maxHeaderBytes) {
                    exceeded = Exceeded.ALL_HEADERS;
                }
            }
            if (exceeded != null) {
                throw new LimitReached();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            // Read, not skip: every skipped byte is decompressed and must be counted.
            byte[] scratch = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            long skipped = 0;
            while (skipped < n) {
                int r = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }
    }
}
