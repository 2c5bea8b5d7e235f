package org.blocklet4j.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.blocklet4j.bundle.internal.ImageCheck;
import org.blocklet4j.bundle.internal.MultiSignature;
import org.blocklet4j.bundle.internal.TarballScan;
import org.blocklet4j.meta.Diagnostic;
import org.blocklet4j.meta.ManifestOptions;
import org.blocklet4j.meta.ManifestReader;
import org.blocklet4j.meta.ManifestResult;
import org.blocklet4j.meta.MetaValidator;
import org.blocklet4j.meta.SourceDocument;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.semver.SemVer;
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
 *   <li>the tarball, read once as a stream and never written to disk, stays within the limits — upload size
 *       ({@code bundle.tarball.tooLarge}), entry count ({@code bundle.entries.tooMany}), unpacked size
 *       ({@code bundle.unpacked.tooLarge}) and single entry size ({@code bundle.entry.tooLarge}); sizes count from
 *       each tar header's claim before its bytes are read, and decompressed bytes count as they come, so a 2 GB
 *       claim and a gzip bomb both stop early. The first exceeded limit ends the reading, and with it every later
 *       tarball step: a rejected upload is not read to its end;</li>
 *   <li>the tarball's bytes match {@code dist.integrity} as the store compares it — exactly
 *       {@code sha512-} plus the padded base64 of SHA-512 — and {@code dist.size} when it is given;</li>
 *   <li>every entry of the tarball is safe to extract: a regular file or a directory (links give
 *       {@code bundle.entry.link}; devices, FIFOs, sparse files and any other type {@code bundle.entry.type}), with a
 *       relative path without {@code ..}, backslash, drive letter or NUL ({@code bundle.entry.path}), under
 *       {@code package/} ({@code bundle.entry.outside}), and only once ({@code bundle.entry.duplicate}); a stream
 *       that is no readable gzipped tar gives {@code bundle.tarball.corrupt}. These are reported even when the
 *       integrity does not match: they cost nothing more, as the same pass computes both;</li>
 *   <li>{@code package/blocklet.yml} (else {@code package/blocklet.yaml}, the file the bundler keeps), when the
 *       tarball has one, is read as {@code parse} of the reference reads it, and its {@code did}, {@code name} and
 *       {@code version} equal those of {@code blocklet.json} ({@code bundle.manifest.mismatch}, one per field;
 *       {@code bundle.manifest.invalid} when it does not parse, {@code bundle.manifest.tooLarge} past
 *       256 KiB);</li>
 *   <li>unless {@link Builder#checkImages} turns it off, the logo and each screenshot, found where the bundler
 *       puts them ({@code package/<logo>}, {@code package/screenshots/<name>}), pass the store's rules as
 *       {@link ImageLimits} sets them: a logo is required ({@code bundle.logo.missing}); each file is in the
 *       tarball, a PNG, JPEG, WebP or SVG its extension names, of the allowed size in bytes and pixels, and
 *       decodes within its pixel and time bounds ({@code bundle.logo.*}, {@code bundle.screenshot.*},
 *       {@code bundle.image.*}). A file whose tar header claims more than its limit is reported from the header
 *       and none of its bytes are kept; the images are held in memory up to 32 MiB together
 *       ({@code bundle.images.tooLarge} past it). A file is reported missing only when the tarball was read to
 *       its end;</li>
 *   <li>every signature verifies as {@code verifyMultiSig} verifies it, and each {@code signer} (and
 *       {@code delegatee}) is the address of its key, which the reference forgets to check; on the meta as
 *       uploaded, as the store verifies it, or ({@link Builder#serverMode}) on what {@code validateMeta} gives,
 *       as Blocklet Server verifies a meta it installs;</li>
 *   <li>given the previously published version ({@link Builder#previousVersion}), the new version is greater in
 *       node-semver's order ({@code bundle.version.notGreater}).</li>
 * </ol>
 * Without a tarball ({@link #checkMeta}) the tarball steps are skipped. Every tarball diagnostic points at
 * {@code /dist/tarball} and names the entry in its message.
 *
 * <p>Instances are immutable and safe to use from many threads at once; build one and share it.
 */
public final class BundleCheck {
    /** The store's upload limit, 500 MB. */
    public static final long DEFAULT_MAX_TARBALL_BYTES = 500L * 1024 * 1024;
    /**
     * The most tar entries, 10,000. The bundler compacts server code into few files, so a bundle holds tens to a
     * few thousand entries (static assets, a few bundled {@code node_modules}); each entry costs the store a
     * header to parse and an installing server an inode.
     */
    public static final long DEFAULT_MAX_ENTRIES = 10_000;
    /**
     * The most unpacked bytes, 1 GiB: twice the upload limit. Code and text compress three to five times, media not
     * at all, so a real bundle near the upload limit is mostly media; a gzip bomb (zeros compress about a thousand
     * times) is stopped after 1 GiB of inflation.
     */
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;
    /**
     * The largest single entry, 100 MiB, as GitHub limits a file: a bundle's largest files are its compacted code
     * and media, far smaller; a larger one is rejected from its header alone.
     */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    /** Bytes kept of each image the image step reads ({@code logo}, each of {@code screenshots}). */
    static final int IMAGE_CAPTURE_BYTES = 8 * 1024 * 1024;
    /** Bytes kept of all images together, in the order the tarball holds them. */
    static final long IMAGE_CAPTURE_BUDGET = 32L * 1024 * 1024;

    private static final ManifestReader MANIFEST_READER = ManifestReader.withDefaults();

    private final boolean bindSigners;
    private final boolean verifySignatures;
    private final boolean subresourceIntegrity;
    private final boolean requireDistSize;
    private final TarballScan.Limits limits;
    private final @Nullable String previousVersion;
    private final Clock clock;
    private final boolean checkImages;
    private final ImageLimits imageLimits;
    private final boolean serverMode;
    private final MetaValidator validator = MetaValidator.create(ManifestOptions.DEFAULTS);
    /** Blocklet Server's {@code validateMeta} before it verifies signatures: no defaults, no dist required. */
    private final MetaValidator serverValidator = MetaValidator.create(ManifestOptions.builder()
            .noDefaults(true).ensureDist(false).build());

    private BundleCheck(Builder b) {
        this.bindSigners = b.bindSigners;
        this.verifySignatures = b.verifySignatures;
        this.subresourceIntegrity = b.subresourceIntegrity;
        this.requireDistSize = b.requireDistSize;
        this.limits = new TarballScan.Limits(b.maxTarballBytes, b.maxEntries, b.maxUnpackedBytes, b.maxEntryBytes);
        this.previousVersion = b.previousVersion;
        this.clock = b.clock;
        this.checkImages = b.checkImages;
        this.imageLimits = b.imageLimits;
        this.serverMode = b.serverMode;
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
            return releaseReport(org.blocklet4j.bundle.internal.ReleaseArchive.read(zip, limits.maxTarballBytes(),
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
        checkDist(dist, out);
        checkNames(raw, out);
        if (tarball != null) {
            checkTarball(raw, tarball, out);
        }
        if (verifySignatures) {
            verifySignatures(raw, out);
        }
        if (previousVersion != null) {
            checkVersion(raw.get("version"), previousVersion, out);
        }
    }

    private void verifySignatures(JsonNode raw, List<Diagnostic> out) {
        if (!serverMode) {
            out.addAll(MultiSignature.verify(raw, clock.instant(), bindSigners));
            return;
        }
        // Blocklet Server verifies what validateMeta gives with noDefaults and stripUnknown: keys the schema does
        // not know are gone, values are trimmed and converted, no default is added.
        ManifestResult sanitized = serverValidator.validate(raw);
        Optional<JsonNode> json = sanitized.json();
        if (json.isEmpty()) {
            out.add(Diagnostic.error("signature.server.invalid", "",
                    "Blocklet Server's validateMeta (noDefaults, stripUnknown) rejects the meta, so it verifies no"
                            + " signature: " + sanitized.errors().stream().findFirst().map(Diagnostic::message)
                            .orElse("invalid")));
            return;
        }
        out.addAll(MultiSignature.verify(json.get(), clock.instant(), bindSigners));
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
        if (!isSafeName(name.stringValue())) {
            out.add(Diagnostic.error("bundle.path.unsafe", pointer,
                    "a file name must not hold '/', '\\', '..' or NUL"));
        }
    }

    private static boolean isSafeName(String s) {
        return s.indexOf('/') < 0 && s.indexOf('\\') < 0 && !s.contains("..") && s.indexOf('\0') < 0;
    }

    private static boolean isPlainName(String s) {
        return !s.isEmpty() && isSafeName(s);
    }

    private void checkTarball(JsonNode raw, InputStream tarball, List<Diagnostic> out) {
        TarballScan scan;
        try {
            scan = TarballScan.read(tarball, limits, wantedImages(raw), IMAGE_CAPTURE_BUDGET, subresourceIntegrity);
        } catch (IOException e) {
            throw new BlockletBundleException("cannot read the tarball", e);
        }
        scan.limit().ifPresent(out::add);
        JsonNode dist = raw.get("dist");
        if (dist != null && dist.isObject()) {
            checkIntegrity(dist, scan, out);
        }
        out.addAll(scan.problems());
        scan.manifest().ifPresent(manifest -> checkManifest(raw, manifest, out));
        if (checkImages && scan.limit().isEmpty()) {
            checkImages(raw, scan, out);
        }
    }

    /**
     * The store's logo and screenshot rules, on the images the scan kept. Names that are no plain file names are
     * left to {@link #checkNames} and {@code validateMeta}; an image the scan did not meet is missing only when the
     * scan saw every entry: after {@code bundle.tarball.corrupt} it may lie past the damage.
     */
    private void checkImages(JsonNode raw, TarballScan scan, List<Diagnostic> out) {
        boolean allRead = scan.allEntriesRead();
        JsonNode logo = raw.get("logo");
        if (logo == null || !logo.isString() || JsStrings.trim(logo.stringValue()).isEmpty()) {
            out.add(Diagnostic.error("bundle.logo.missing", "/logo", "the store requires a logo"));
        } else if (isPlainName(JsStrings.trim(logo.stringValue()))) {
            String name = JsStrings.trim(logo.stringValue());
            TarballScan.Captured c = scan.captured().get(TarballScan.key(TarballScan.ROOT + "/" + name));
            byte @Nullable [] bytes = imageBytes(c, imageLimits.logoMaxBytes(), "logo", "/logo", allRead, out);
            if (bytes != null || (c == null && allRead)) {
                out.addAll(ImageCheck.logo(name, bytes, imageLimits, "/logo"));
            }
        }
        JsonNode screenshots = raw.get("screenshots");
        if (screenshots == null || !screenshots.isArray()) {
            return;
        }
        // One place per element, so that every diagnostic points at the element's own index; null where the
        // element is no file name, repeats an earlier one, or its file is dealt with here already.
        List<@Nullable String> names = new ArrayList<>();
        Map<String, byte[]> bytesByName = new LinkedHashMap<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < screenshots.size(); i++) {
            JsonNode screenshot = screenshots.get(i);
            if (!screenshot.isString() || !isPlainName(screenshot.stringValue())) {
                names.add(null);
                continue;
            }
            String name = screenshot.stringValue();
            Integer first = firstIndex.putIfAbsent(name, i);
            if (first != null) {
                out.add(Diagnostic.error("bundle.screenshot.duplicate", "/screenshots/" + i,
                        name + " is listed already, at /screenshots/" + first));
                names.add(null);
                continue;
            }
            TarballScan.Captured c = scan.captured().get(TarballScan.key(TarballScan.ROOT + "/screenshots/" + name));
            byte @Nullable [] bytes = imageBytes(c, imageLimits.screenshotMaxBytes(), "screenshot",
                    "/screenshots/" + i, allRead, out);
            if (bytes != null) {
                bytesByName.put(name, bytes);
                names.add(name);
            } else {
                names.add(c == null && allRead ? name : null); // missing, else reported here or not knowable
            }
        }
        out.addAll(ImageCheck.screenshots(names, bytesByName, imageLimits, "/screenshots"));
    }

    /**
     * The bytes of an image the scan kept, or null when there are none to check: not in the tarball ({@code c}
     * null), larger than the image may be (reported here from the size its header gives; the scan kept none of
     * its bytes), cut short by a corrupt tarball (reported as that), or beyond what the scan keeps of all images
     * together.
     */
    private static byte @Nullable [] imageBytes(TarballScan.@Nullable Captured c, long maxBytes, String kind,
                                                String pointer, boolean allRead, List<Diagnostic> out) {
        if (c == null) {
            return null;
        }
        if (c.size() > maxBytes) {
            out.add(Diagnostic.error("bundle." + kind + ".tooLarge", pointer, c.name() + " has " + c.size()
                    + " bytes; at most " + maxBytes + " are allowed"));
            return null;
        }
        if (!c.complete()) {
            if (allRead) {
                out.add(Diagnostic.error("bundle.images.tooLarge", pointer, "the images together are larger than "
                        + "the " + IMAGE_CAPTURE_BUDGET + " bytes the check holds in memory; " + c.name()
                        + " is not checked"));
            }
            return null;
        }
        return c.bytes();
    }

    /** The entries of the images: {@code package/<logo>} and {@code package/screenshots/<name>}, as bundled. */
    private Map<String, Integer> wantedImages(JsonNode raw) {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        JsonNode logo = raw.get("logo");
        if (logo != null && logo.isString() && isPlainName(JsStrings.trim(logo.stringValue()))) {
            // validateMeta trims logo; the bundler copies the file by that name to the bundle's root.
            wanted.put(TarballScan.key(TarballScan.ROOT + "/" + JsStrings.trim(logo.stringValue())),
                    captureBytes(imageLimits.logoMaxBytes()));
        }
        JsonNode screenshots = raw.get("screenshots");
        if (screenshots != null && screenshots.isArray()) {
            for (JsonNode screenshot : screenshots) {
                if (screenshot.isString() && isPlainName(screenshot.stringValue())) {
                    wanted.put(TarballScan.key(TarballScan.ROOT + "/screenshots/" + screenshot.stringValue()),
                            captureBytes(imageLimits.screenshotMaxBytes()));
                }
            }
        }
        return wanted;
    }

    /** An image larger than its limit is rejected from its header's size, so no more than the limit is kept. */
    private static int captureBytes(long maxBytes) {
        return (int) Math.min(IMAGE_CAPTURE_BYTES, maxBytes);
    }

    private void checkIntegrity(JsonNode dist, TarballScan scan, List<Diagnostic> out) {
        Optional<String> storeIntegrity = scan.storeIntegrity();
        if (storeIntegrity.isEmpty()) {
            return;
        }
        JsonNode given = dist.get("integrity");
        if (given != null && given.isString() && !given.stringValue().isEmpty()) {
            String integrity = given.stringValue();
            if (subresourceIntegrity) {
                Boolean match = scan.matchesSubresourceIntegrity(integrity);
                if (match == null) {
                    out.add(Diagnostic.error("bundle.integrity.unsupported", "/dist/integrity",
                            "dist.integrity names no sha256, sha384 or sha512 hash"));
                } else if (!match) {
                    out.add(Diagnostic.error("bundle.integrity.mismatch", "/dist/integrity",
                            "the tarball does not match dist.integrity"));
                }
            } else if (!integrity.equals(storeIntegrity.get())) {
                out.add(Diagnostic.error("bundle.integrity.mismatch", "/dist/integrity",
                        "the tarball's integrity is " + storeIntegrity.get()));
            }
        }
        JsonNode size = dist.get("size");
        if (size != null && size.isNumber() && size.doubleValue() != scan.size()) {
            out.add(Diagnostic.error("bundle.size.mismatch", "/dist/size",
                    "the tarball has " + scan.size() + " bytes"));
        }
    }

    /**
     * Compares the tarball's manifest, as {@code parse} reads it when a server installs the bundle, with
     * {@code blocklet.json} as the store received it. The bundler writes {@code blocklet.json} from {@code parse}
     * of that very manifest, so an honest bundle matches exactly; the name may differ from the raw YAML's, since
     * {@code parse} replaces it by the DID when the DID is of the new kind.
     */
    private static void checkManifest(JsonNode raw, TarballScan.Captured manifest, List<Diagnostic> out) {
        String file = manifest.name();
        if (!manifest.complete()) {
            out.add(Diagnostic.error("bundle.manifest.tooLarge", TarballScan.POINTER, file + " has "
                    + manifest.size() + " bytes, more than " + TarballScan.MAX_MANIFEST_BYTES));
            return;
        }
        // As the reference reads the file: UTF-8, malformed bytes replaced.
        ManifestResult parsed = MANIFEST_READER.readYaml(new String(manifest.bytes(), StandardCharsets.UTF_8), null);
        Optional<JsonNode> json = parsed.json();
        if (json.isEmpty() || !json.get().isObject()) {
            Diagnostic first = parsed.errors().isEmpty() ? null : parsed.errors().get(0);
            out.add(Diagnostic.error("bundle.manifest.invalid", TarballScan.POINTER, file
                    + " is not a valid manifest" + (first == null ? ""
                    : " (" + first.pointer() + ": " + TarballScan.quote(first.message()) + ")")));
            return;
        }
        for (String field : List.of("did", "name", "version")) {
            JsonNode inTarball = json.get().get(field);
            JsonNode inJson = raw.get(field);
            if (!Objects.equals(inTarball, inJson)) {
                out.add(Diagnostic.error("bundle.manifest.mismatch", "/" + field, file + " has " + field + " "
                        + describe(inTarball) + ", blocklet.json " + describe(inJson)));
            }
        }
    }

    private static String describe(@Nullable JsonNode value) {
        if (value == null) {
            return "none";
        }
        return value.isString() ? TarballScan.quote(value.stringValue()) : TarballScan.quote(value.toString());
    }

    private static void checkVersion(@Nullable JsonNode version, String previous, List<Diagnostic> out) {
        if (version == null || !version.isString()) {
            return;
        }
        boolean greater;
        try {
            greater = SemVer.gt(version.stringValue(), previous);
        } catch (IllegalArgumentException e) {
            return; // not a version: validateMeta reports it
        }
        if (!greater) {
            out.add(Diagnostic.error("bundle.version.notGreater", "/version", "version "
                    + TarballScan.quote(version.stringValue()) + " is not greater than the previous version "
                    + TarballScan.quote(previous)));
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
        private long maxEntries = DEFAULT_MAX_ENTRIES;
        private long maxUnpackedBytes = DEFAULT_MAX_UNPACKED_BYTES;
        private long maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES;
        private @Nullable String previousVersion;
        private Clock clock = Clock.systemUTC();
        private boolean checkImages = true;
        private ImageLimits imageLimits = ImageLimits.DEFAULTS;
        private boolean serverMode;

        private Builder() {
        }

        /**
         * Whether to check the logo and the screenshots inside the tarball by the store's rules (default true):
         * present, a PNG, JPEG, WebP or SVG whose bytes match its extension, within {@link #imageLimits}' sizes
         * and shapes, and decodable within its pixel and time bounds. Needs a tarball.
         */
        public Builder checkImages(boolean value) {
            this.checkImages = value;
            return this;
        }

        /** The image rules and bounds (default {@link ImageLimits#DEFAULTS}, the store's). */
        public Builder imageLimits(ImageLimits value) {
            this.imageLimits = Objects.requireNonNull(value, "imageLimits");
            return this;
        }

        /**
         * Verify signatures as Blocklet Server does when it installs from a store (default false: as the store
         * does, on the meta as uploaded). The server's {@code fixAndVerifyMetaFromStore} verifies what
         * {@code validateMeta} gives with {@code ensureDist: false} and {@code noDefaults} and
         * {@code stripUnknown}: keys the schema does not know are gone and strings are trimmed, no default is
         * added. So a key added after signing fails at the store and passes at the server, and a signed key the
         * schema does not know (or a signed string with outer white space) passes at the store and fails at the
         * server. When that {@code validateMeta} rejects the meta, the server verifies nothing:
         * {@code signature.server.invalid}, the only signature diagnostic then. Not mirrored: the server's
         * requirements check and its rewriting of the legacy {@code children} and {@code navigation[].child}.
         */
        public Builder serverMode(boolean value) {
            this.serverMode = value;
            return this;
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

        /**
         * The largest tarball read, in compressed bytes (default {@link #DEFAULT_MAX_TARBALL_BYTES}); reading stops
         * past it with {@code bundle.tarball.tooLarge}, the only tarball diagnostic then.
         */
        public Builder maxTarballBytes(long value) {
            this.maxTarballBytes = positive("maxTarballBytes", value);
            return this;
        }

        /**
         * The most tar entries: files, directories and anything else, PAX and GNU header records aside (default
         * {@link #DEFAULT_MAX_ENTRIES}); reading stops at the one past it with {@code bundle.entries.tooMany}.
         */
        public Builder maxEntries(long value) {
            this.maxEntries = positive("maxEntries", value);
            return this;
        }

        /**
         * The most unpacked bytes (default {@link #DEFAULT_MAX_UNPACKED_BYTES}): the decompressed tar, headers and
         * padding included. Each header's claimed size counts before the entry's bytes are read, and every
         * decompressed byte counts as it comes; reading stops past it with {@code bundle.unpacked.tooLarge}.
         */
        public Builder maxUnpackedBytes(long value) {
            this.maxUnpackedBytes = positive("maxUnpackedBytes", value);
            return this;
        }

        /**
         * The largest size one entry may claim in its header (default {@link #DEFAULT_MAX_ENTRY_BYTES}); reading
         * stops at a larger claim with {@code bundle.entry.tooLarge}, before the entry's bytes are read.
         */
        public Builder maxEntryBytes(long value) {
            this.maxEntryBytes = positive("maxEntryBytes", value);
            return this;
        }

        /**
         * The version the store published last for this blocklet (default: none, the first upload): the new
         * {@code version} must be greater in node-semver's order ({@code semver.gt}: a prerelease before its
         * release, build metadata ignored), else {@code bundle.version.notGreater}.
         *
         * @throws IllegalArgumentException when {@code value} is not a version as {@code semver.valid} reads it
         */
        public Builder previousVersion(String value) {
            Objects.requireNonNull(value, "previousVersion");
            if (!SemVer.isValid(value)) {
                throw new IllegalArgumentException("previousVersion is not a version: " + value);
            }
            this.previousVersion = value;
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

        private static long positive(String name, long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return value;
        }
    }
}
