package org.blocklet4j.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.blocklet4j.bundle.internal.MultiSignature;
import org.blocklet4j.bundle.internal.TarballDigest;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.MetaValidator;
import org.blocklet4j.meta.SourceDocument;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Checks an upload to a Blocklet Store — {@code blocklet.json} and the bundle tarball — the way the store must,
 * cheapest step first, and reports every problem as a {@link Diagnostic}:
 * <ol>
 *   <li>the meta passes {@code validateMeta} of {@code @blocklet/meta} with its default options, and {@code dist}
 *       names a {@code tarball}, an {@code integrity} and (by default) a {@code size};</li>
 *   <li>names that become paths ({@code dist.tarball}, {@code logo}, each of {@code screenshots}) hold no
 *       {@code /}, {@code \}, {@code ..} or NUL ({@code bundle.path.unsafe});</li>
 *   <li>the tarball's bytes match {@code dist.integrity} as the store compares it — exactly
 *       {@code sha512-} plus the padded base64 of SHA-512 — and {@code dist.size} when it is given;</li>
 *   <li>every signature verifies as {@code verifyMultiSig} verifies it, and each {@code signer} (and
 *       {@code delegatee}) is the address of its key, which the reference forgets to check.</li>
 * </ol>
 * Without a tarball ({@link #checkMeta}) the integrity step is skipped.
 *
 * <p>Instances are immutable and safe to use from many threads at once; build one and share it.
 */
public final class BundleCheck {
    /** The store's upload limit, 500 MB. */
    public static final long DEFAULT_MAX_TARBALL_BYTES = 500L * 1024 * 1024;

    private final boolean bindSigners;
    private final boolean verifySignatures;
    private final boolean subresourceIntegrity;
    private final boolean requireDistSize;
    private final long maxTarballBytes;
    private final Clock clock;
    private final MetaValidator validator = MetaValidator.create(ManifestOptions.DEFAULTS);

    private BundleCheck(Builder b) {
        this.bindSigners = b.bindSigners;
        this.verifySignatures = b.verifySignatures;
        this.subresourceIntegrity = b.subresourceIntegrity;
        this.requireDistSize = b.requireDistSize;
        this.maxTarballBytes = b.maxTarballBytes;
        this.clock = b.clock;
    }

    /** A check with the store's defaults. */
    public static BundleCheck create() {
        return builder().build();
    }

    /** A builder starting from the store's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Checks {@code blocklet.json} (its text) with the tarball's bytes. */
    public BundleReport check(String blockletJson, byte[] tarball) {
        Objects.requireNonNull(tarball, "tarball");
        return check(blockletJson, new ByteArrayInputStream(tarball));
    }

    /** Checks {@code blocklet.json} (its text) with the tarball read from {@code tarball}, which is not closed. */
    public BundleReport check(String blockletJson, InputStream tarball) {
        Objects.requireNonNull(tarball, "tarball");
        return run(Objects.requireNonNull(blockletJson, "blockletJson"), null, tarball);
    }

    /** Checks {@code blocklet.json} (its text) with the tarball file {@code tarball}. */
    public BundleReport check(String blockletJson, Path tarball) {
        Objects.requireNonNull(blockletJson, "blockletJson");
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(tarball, "tarball"))) {
            return run(blockletJson, null, in);
        } catch (IOException e) {
            throw new BlockletBundleException("cannot read " + tarball, e);
        }
    }

    /** Checks the files {@code blockletJson} (UTF-8) and {@code tarball}. */
    public BundleReport check(Path blockletJson, Path tarball) {
        return check(readText(blockletJson), tarball);
    }

    /** Checks a meta that is already a tree (as {@code JSON.parse} gave it) with the tarball's bytes. */
    public BundleReport check(JsonNode meta, byte[] tarball) {
        Objects.requireNonNull(tarball, "tarball");
        return run(null, Objects.requireNonNull(meta, "meta"), new ByteArrayInputStream(tarball));
    }

    /** Checks a meta tree with the tarball file {@code tarball}. */
    public BundleReport check(JsonNode meta, Path tarball) {
        Objects.requireNonNull(meta, "meta");
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(tarball, "tarball"))) {
            return run(null, meta, in);
        } catch (IOException e) {
            throw new BlockletBundleException("cannot read " + tarball, e);
        }
    }

    /** Checks a meta tree with the tarball read from {@code tarball}, which is not closed. */
    public BundleReport check(JsonNode meta, InputStream tarball) {
        return run(null, Objects.requireNonNull(meta, "meta"), Objects.requireNonNull(tarball, "tarball"));
    }

    /** The checks that need no tarball: meta, names and signatures of {@code blocklet.json}'s text. */
    public BundleReport checkMeta(String blockletJson) {
        return run(Objects.requireNonNull(blockletJson, "blockletJson"), null, null);
    }

    /** The checks that need no tarball, on a meta tree. */
    public BundleReport checkMeta(JsonNode meta) {
        return run(null, Objects.requireNonNull(meta, "meta"), null);
    }

    /**
     * Checks a release folder uploaded as one {@code .zip} file — the store's other upload form — read through the
     * zip's central directory, as unzip tools read it; only {@code blocklet.json} and the tarball are decompressed.
     *
     * <p>{@code blocklet.json} is the one entry of that name at the zip's root or one folder deep
     * ({@code release/blocklet.json}); the tarball is the entry named by its {@code dist.tarball} in the same
     * folder; other entries are ignored. The zip's own problems come first, as {@code bundle.release.*}
     * diagnostics: no or two {@code blocklet.json} ({@code meta.missing}, {@code meta.ambiguous}), no tarball
     * ({@code tarball.missing}, then the steps that need no tarball run), an entry name that is absolute or holds
     * {@code ..} ({@code path.unsafe}), a name given twice ({@code entry.duplicate}), a link, an encrypted entry or
     * data that cannot be decompressed ({@code entry.link}, {@code entry.unsupported}, {@code entry.corrupt}), a file
     * that is no zip ({@code unreadable}). Bounds: 1,000 entries, a central directory of 4 MiB, a
     * {@code blocklet.json} of 1 MiB ({@code tooManyEntries}, {@code tooLarge}, {@code meta.tooLarge}), the tarball
     * as {@link Builder#maxTarballBytes}. Then the meta and the tarball are checked as {@link #check(String,
     * InputStream)} checks them.
     *
     * @throws BlockletBundleException when the file cannot be read (a problem with its content is a diagnostic)
     */
    public BundleReport checkRelease(Path zip) {
        Objects.requireNonNull(zip, "zip");
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(zip)) {
            return releaseReport(org.blocklet4j.bundle.internal.ReleaseArchive.read(channel, this::checkReleased));
        } catch (IOException e) {
            throw new BlockletBundleException("cannot read " + zip, e);
        }
    }

    /**
     * Checks a release {@code .zip} read from {@code zip}, which is not closed, with the rules and bounds of
     * {@link #checkRelease(Path)}, entry by entry through the zip's local headers and never written to disk. A
     * tarball that comes before {@code blocklet.json} is held in memory until {@code blocklet.json} names it (all
     * such entries together at most {@link Builder#maxTarballBytes}; one past that is
     * {@code bundle.release.order}): put {@code blocklet.json} first, or use the file form, to avoid it. The zip's
     * entries are decompressed to at most twice {@code maxTarballBytes} plus 1 MiB in all
     * ({@code bundle.release.tooLarge}). Links cannot be told from files in a stream.
     *
     * @throws BlockletBundleException when {@code zip} fails (a problem with its content is a diagnostic)
     */
    public BundleReport checkRelease(InputStream zip) {
        Objects.requireNonNull(zip, "zip");
        try {
            return releaseReport(org.blocklet4j.bundle.internal.ReleaseArchive.read(zip, maxTarballBytes,
                    this::checkReleased));
        } catch (IOException e) {
            throw new BlockletBundleException("cannot read the zip", e);
        }
    }

    private BundleReport checkReleased(String blockletJson, @Nullable InputStream tarball) {
        return tarball == null ? checkMeta(blockletJson) : check(blockletJson, tarball);
    }

    private static BundleReport releaseReport(
            org.blocklet4j.bundle.internal.ReleaseArchive.Outcome<BundleReport> outcome) {
        List<Diagnostic> all = new ArrayList<>(outcome.diagnostics());
        BundleReport report = outcome.report();
        if (report == null) {
            return BundleReport.of(all, null);
        }
        all.addAll(report.diagnostics());
        return BundleReport.of(all, report.metaResult().orElse(null));
    }

    private BundleReport run(@Nullable String text, @Nullable JsonNode tree, @Nullable InputStream tarball) {
        List<Diagnostic> out = new ArrayList<>();
        ManifestResult result;
        JsonNode raw;
        @Nullable SourceDocument source = null;
        if (text != null) {
            result = validator.validateJson(text);
            source = SourceDocument.fromJson(text);
            raw = source.tree().orElse(null);
            if (raw == null) {
                out.addAll(result.diagnostics());
                if (result.isValid()) {
                    out.add(Diagnostic.error("meta.unreadable", "", "blocklet.json holds no JSON value"));
                }
                return BundleReport.of(out, null);
            }
        } else {
            raw = Objects.requireNonNull(tree);
            result = validator.validate(raw);
        }
        List<Diagnostic> own = new ArrayList<>();
        check(raw, tarball, own);
        out.addAll(result.diagnostics());
        for (Diagnostic d : own) {
            out.add(source == null ? d : d.at(source.nearestPosition(d.pointer()).orElse(null)));
        }
        return BundleReport.of(out, result);
    }

    /** The bundle's own steps on the meta as {@code JSON.parse} gave it. */
    private void check(JsonNode raw, @Nullable InputStream tarball, List<Diagnostic> out) {
        JsonNode dist = raw.get("dist");
        boolean distComplete = checkDist(dist, out);
        checkNames(raw, out);
        if (tarball != null && distComplete) {
            checkTarball(Objects.requireNonNull(dist), tarball, out);
        }
        if (verifySignatures) {
            out.addAll(MultiSignature.verify(raw, clock.instant(), bindSigners));
        }
    }

    private boolean checkDist(@Nullable JsonNode dist, List<Diagnostic> out) {
        if (dist == null || !dist.isObject()) {
            out.add(Diagnostic.error("dist.missing", "/dist", "dist is required"));
            return false;
        }
        boolean complete = true;
        for (String field : requireDistSize ? List.of("tarball", "integrity", "size")
                : List.of("tarball", "integrity")) {
            JsonNode value = dist.get(field);
            boolean present = field.equals("size") ? value != null && value.isNumber()
                    : value != null && value.isString() && !value.stringValue().isEmpty();
            if (!present) {
                String expected = field.equals("size") ? " must be a number" : " must be a non-empty string";
                out.add(Diagnostic.error("dist." + field + ".missing", "/dist/" + field, "dist." + field + expected));
                complete &= field.equals("size");
            }
        }
        return complete;
    }

    private static void checkNames(JsonNode meta, List<Diagnostic> out) {
        JsonNode dist = meta.get("dist");
        if (dist != null) {
            checkName(dist.get("tarball"), "/dist/tarball", out);
        }
        checkName(meta.get("logo"), "/logo", out);
        JsonNode screenshots = meta.get("screenshots");
        if (screenshots != null && screenshots.isArray()) {
            for (int i = 0; i < screenshots.size(); i++) {
                checkName(screenshots.get(i), "/screenshots/" + i, out);
            }
        }
    }

    private static void checkName(@Nullable JsonNode name, String pointer, List<Diagnostic> out) {
        if (name == null || !name.isString()) {
            return;
        }
        String s = name.stringValue();
        if (s.indexOf('/') >= 0 || s.indexOf('\\') >= 0 || s.contains("..") || s.indexOf('\0') >= 0) {
            out.add(Diagnostic.error("bundle.path.unsafe", pointer,
                    "a file name must not hold '/', '\\', '..' or NUL"));
        }
    }

    private void checkTarball(JsonNode dist, InputStream tarball, List<Diagnostic> out) {
        TarballDigest digest;
        try {
            digest = TarballDigest.read(tarball, maxTarballBytes);
        } catch (IOException e) {
            throw new BlockletBundleException("cannot read the tarball", e);
        }
        if (digest.truncated()) {
            out.add(Diagnostic.error("bundle.tarball.tooLarge", "/dist/tarball",
                    "the tarball is larger than " + maxTarballBytes + " bytes"));
            return;
        }
        String integrity = dist.get("integrity").stringValue();
        if (subresourceIntegrity) {
            Boolean match = digest.matchesSubresourceIntegrity(integrity);
            if (match == null) {
                out.add(Diagnostic.error("bundle.integrity.unsupported", "/dist/integrity",
                        "dist.integrity names no sha256, sha384 or sha512 hash"));
            } else if (!match) {
                out.add(Diagnostic.error("bundle.integrity.mismatch", "/dist/integrity",
                        "the tarball does not match dist.integrity"));
            }
        } else if (!integrity.equals(digest.storeIntegrity())) {
            out.add(Diagnostic.error("bundle.integrity.mismatch", "/dist/integrity",
                    "the tarball's integrity is " + digest.storeIntegrity()));
        }
        JsonNode size = dist.get("size");
        if (size != null && size.isNumber() && size.doubleValue() != digest.size()) {
            out.add(Diagnostic.error("bundle.size.mismatch", "/dist/size",
                    "the tarball has " + digest.size() + " bytes"));
        }
    }

    private static String readText(Path file) {
        try {
            return Files.readString(Objects.requireNonNull(file, "blockletJson"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BlockletBundleException("cannot read " + file, e);
        }
    }

    /** Builds a {@link BundleCheck}; starts from the store's defaults. Not thread-safe. */
    public static final class Builder {
        private boolean bindSigners = true;
        private boolean verifySignatures = true;
        private boolean subresourceIntegrity;
        private boolean requireDistSize = true;
        private long maxTarballBytes = DEFAULT_MAX_TARBALL_BYTES;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Whether each signature's {@code signer} must be the address derived from its {@code pk} (and a
         * delegated signature's {@code delegatee} from its {@code delegateePk}); default true. The reference's
         * {@code verifyMultiSig} does not check it, so anyone can sign as a known developer with their own key;
         * false reproduces its verdicts and reports a mismatch ({@code signature.signer.mismatch},
         * {@code signature.delegatee.mismatch}) as a warning only.
         */
        public Builder bindSigners(boolean value) {
            this.bindSigners = value;
            return this;
        }

        /** Whether to verify the signatures (default true, as the store does). */
        public Builder verifySignatures(boolean value) {
            this.verifySignatures = value;
            return this;
        }

        /**
         * Whether {@code dist.integrity} may be a Subresource-Integrity string with several hashes, the
         * strongest algorithm deciding, as Blocklet Server's downloader accepts it (default false: the store
         * compares the exact {@code sha512-} string).
         */
        public Builder subresourceIntegrity(boolean value) {
            this.subresourceIntegrity = value;
            return this;
        }

        /** Whether {@code dist.size} is required (default true); when given, it must match either way. */
        public Builder requireDistSize(boolean value) {
            this.requireDistSize = value;
            return this;
        }

        /** The largest tarball read (default {@link #DEFAULT_MAX_TARBALL_BYTES}); reading stops past it. */
        public Builder maxTarballBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxTarballBytes must be positive: " + value);
            }
            this.maxTarballBytes = value;
            return this;
        }

        /** The clock that delegation tokens' {@code exp}, {@code iat} and {@code nbf} are checked against. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The check. */
        public BundleCheck build() {
            return new BundleCheck(this);
        }
    }
}
