package org.blocklet4j.meta.semver;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.jspecify.annotations.Nullable;

/**
 * A semantic version as node-semver 6.3.2's {@code SemVer} reads it: {@code major.minor.patch}, an optional
 * {@code -prerelease} and an optional {@code +build}, with an optional leading {@code v}.
 *
 * <p>There are two ways in, as in semver. {@link #parse(String)} is {@code semver.valid}/{@code semver.parse}:
 * the text must be the version and nothing else. The comparison helpers ({@link #compare(String, String)},
 * {@link #gt(String, String)} and the rest) and {@link SemverRange#test(String)} build the version as
 * {@code new SemVer(v)} does, which first trims JavaScript white space: {@code " 1.0.0 "} is not valid, yet it
 * compares and satisfies ranges like {@code 1.0.0}. Either way a version longer than 256 characters, or with a
 * major, minor or patch above 2<sup>53</sup>&minus;1, is invalid.
 *
 * <p>Ordering ({@link #compareTo(SemVer)}) is semver's {@code compare}: major, minor and patch numerically, then a
 * version without prerelease after one with; prerelease identifiers are compared one by one, numerically when both
 * consist of digits, a numeric one before an alphanumeric one, otherwise as strings. Build metadata is ignored, so
 * the ordering is inconsistent with {@link #equals(Object)}, which also compares {@link #build()}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SemVer implements Comparable<SemVer> {
    private final String raw;
    private final long major;
    private final long minor;
    private final long patch;
    private final List<String> prerelease;
    private final List<String> build;
    private final String version;

    private SemVer(String raw, long major, long minor, long patch, List<String> prerelease, List<String> build) {
        this.raw = raw;
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.prerelease = prerelease;
        this.build = build;
        StringBuilder formatted = new StringBuilder().append(major).append('.').append(minor).append('.')
                .append(patch);
        if (!prerelease.isEmpty()) {
            formatted.append('-').append(String.join(".", prerelease));
        }
        this.version = formatted.toString();
    }

    /**
     * Parses a version as {@code semver.parse(version)} does: empty when {@code semver.valid(version)} is
     * {@code null}. No white space is allowed around the version.
     *
     * @param version the text; {@code null} gives an empty result, as in semver
     */
    public static Optional<SemVer> parse(@Nullable String version) {
        return parse(version, SemverOptions.DEFAULT);
    }

    /**
     * Parses a version as {@code semver.parse(version, options)} does; only {@link SemverOptions#loose()} matters.
     * In loose mode white space, {@code v} and {@code =} may lead, numbers may have leading zeros and a prerelease
     * may follow the patch without its hyphen.
     *
     * @param version the text; {@code null} gives an empty result
     * @param options semver's options
     */
    public static Optional<SemVer> parse(@Nullable String version, SemverOptions options) {
        Objects.requireNonNull(options, "options");
        if (version == null || version.length() > SemverGrammar.MAX_LENGTH) {
            return Optional.empty();
        }
        if (!(options.loose() ? SemverGrammar.LOOSE : SemverGrammar.FULL).matcher(version).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(construct(version, options.loose()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code semver.valid(version) !== null}: what {@code Joi.semver()} accepts.
     *
     * @param version the text; {@code null} is not valid
     */
    public static boolean isValid(@Nullable String version) {
        return parse(version).isPresent();
    }

    /**
     * {@code new SemVer(version, loose)}: trims JavaScript white space, then requires a whole version.
     *
     * @throws IllegalArgumentException with semver's {@code TypeError} message when the version is invalid
     */
    static SemVer construct(String version, boolean loose) {
        if (version.length() > SemverGrammar.MAX_LENGTH) {
            throw new IllegalArgumentException("version is longer than " + SemverGrammar.MAX_LENGTH + " characters");
        }
        Matcher m = (loose ? SemverGrammar.LOOSE : SemverGrammar.FULL).matcher(JsStrings.trim(version));
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid Version: " + version);
        }
        long major = versionNumber(m.group(1), "major");
        long minor = versionNumber(m.group(2), "minor");
        long patch = versionNumber(m.group(3), "patch");
        String pre = m.group(4);
        List<String> prerelease = isEmpty(pre) ? List.of() : prereleaseIdentifiers(pre);
        String buildText = m.group(5);
        List<String> build = isEmpty(buildText) ? List.of() : List.copyOf(SemverGrammar.split(buildText, "."));
        return new SemVer(version, major, minor, patch, prerelease, build);
    }

    private static boolean isEmpty(@Nullable String s) {
        return s == null || s.isEmpty();
    }

    /** {@code +digits}, rejected above {@code MAX_SAFE_INTEGER} (the digits may have leading zeros in loose mode). */
    private static long versionNumber(String digits, String which) {
        long value = safeInteger(digits);
        if (value < 0) {
            throw new IllegalArgumentException("Invalid " + which + " version");
        }
        return value;
    }

    /** The value of a run of decimal digits, or -1 when it is above {@code MAX_SAFE_INTEGER}. */
    private static long safeInteger(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        if (digits.length() - start > 16) {
            return -1;
        }
        long value = Long.parseLong(digits, start, digits.length(), 10);
        return value > SemverGrammar.MAX_SAFE_INTEGER ? -1 : value;
    }

    /**
     * semver's prerelease list as strings: an all-digit identifier below {@code MAX_SAFE_INTEGER} becomes a number
     * (so loose mode's {@code 01} reads as {@code 1}), any other identifier stays as written. Comparison needs no
     * more than this: two identifiers are {@code ===} exactly when these strings are equal.
     */
    private static List<String> prereleaseIdentifiers(String pre) {
        List<String> ids = SemverGrammar.split(pre, ".");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (isDigits(id)) {
                long value = safeInteger(id);
                if (value >= 0 && value < SemverGrammar.MAX_SAFE_INTEGER) {
                    ids.set(i, Long.toString(value));
                }
            }
        }
        return List.copyOf(ids);
    }

    /** {@code /^[0-9]+$/}. */
    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The text this version was read from, unchanged (semver's {@code raw}). */
    public String raw() {
        return raw;
    }

    /** The major version, at most 2<sup>53</sup>&minus;1. */
    public long major() {
        return major;
    }

    /** The minor version, at most 2<sup>53</sup>&minus;1. */
    public long minor() {
        return minor;
    }

    /** The patch version, at most 2<sup>53</sup>&minus;1. */
    public long patch() {
        return patch;
    }

    /**
     * The prerelease identifiers, empty for a release. Identifiers of digits only are written as semver formats
     * them (in loose mode {@code 01} becomes {@code 1}); they compare numerically.
     */
    public List<String> prerelease() {
        return prerelease;
    }

    /** The build metadata identifiers, empty when there is none; they take no part in ordering. */
    public List<String> build() {
        return build;
    }

    /** The normalised version, semver's {@code version}: {@code major.minor.patch[-prerelease]}, no {@code v}, no build. */
    public String version() {
        return version;
    }

    /** Same as {@link #version()}, as semver's {@code toString}. */
    @Override
    public String toString() {
        return version;
    }

    /**
     * semver's {@code compare}: -1, 0 or 1. Build metadata is ignored, so versions differing only in build compare
     * as equal.
     */
    @Override
    public int compareTo(SemVer other) {
        int main = compareMain(other);
        return main != 0 ? main : comparePre(other);
    }

    private int compareMain(SemVer other) {
        int c = Long.compare(major, other.major);
        if (c == 0) {
            c = Long.compare(minor, other.minor);
        }
        if (c == 0) {
            c = Long.compare(patch, other.patch);
        }
        return Integer.signum(c);
    }

    private int comparePre(SemVer other) {
        if (!prerelease.isEmpty() && other.prerelease.isEmpty()) {
            return -1;
        } else if (prerelease.isEmpty() && !other.prerelease.isEmpty()) {
            return 1;
        } else if (prerelease.isEmpty()) {
            return 0;
        }
        for (int i = 0; ; i++) {
            boolean aEnded = i >= prerelease.size();
            boolean bEnded = i >= other.prerelease.size();
            if (aEnded && bEnded) {
                return 0;
            } else if (bEnded) {
                return 1;
            } else if (aEnded) {
                return -1;
            }
            String a = prerelease.get(i);
            String b = other.prerelease.get(i);
            if (!a.equals(b)) {
                // As in semver, the first differing identifier decides, even when it compares as equal
                // (two digit strings beyond 2^53 that round to the same number).
                return compareIdentifiers(a, b);
            }
        }
    }

    /** semver's {@code compareIdentifiers}: all-digit identifiers compare as JavaScript numbers. */
    private static int compareIdentifiers(String a, String b) {
        boolean aNumeric = isDigits(a);
        boolean bNumeric = isDigits(b);
        if (aNumeric && bNumeric) {
            return Integer.signum(Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
        }
        if (aNumeric) {
            return -1;
        }
        if (bNumeric) {
            return 1;
        }
        return Integer.signum(a.compareTo(b));
    }

    /**
     * Two versions are equal when their {@link #version()} and {@link #build()} are; {@link #raw()} is not compared.
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SemVer other && version.equals(other.version) && build.equals(other.build);
    }

    @Override
    public int hashCode() {
        return version.hashCode() * 31 + build.hashCode();
    }

    /**
     * {@code semver.compare(a, b)}: -1, 0 or 1. Each version is read as {@code new SemVer(v)} reads it (surrounding
     * JavaScript white space is trimmed).
     *
     * @throws IllegalArgumentException when either is not a version (semver throws a {@code TypeError})
     */
    public static int compare(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return construct(a, false).compareTo(construct(b, false));
    }

    /**
     * {@code semver.gt(a, b)}: {@code a} is greater than {@code b}.
     *
     * @throws IllegalArgumentException when either is not a version, as in {@link #compare(String, String)}
     */
    public static boolean gt(String a, String b) {
        return compare(a, b) > 0;
    }

    /**
     * {@code semver.gte(a, b)}: {@code a} is greater than or equal to {@code b}.
     *
     * @throws IllegalArgumentException when either is not a version, as in {@link #compare(String, String)}
     */
    public static boolean gte(String a, String b) {
        return compare(a, b) >= 0;
    }

    /**
     * {@code semver.lt(a, b)}: {@code a} is less than {@code b}.
     *
     * @throws IllegalArgumentException when either is not a version, as in {@link #compare(String, String)}
     */
    public static boolean lt(String a, String b) {
        return compare(a, b) < 0;
    }

    /**
     * {@code semver.lte(a, b)}: {@code a} is less than or equal to {@code b}.
     *
     * @throws IllegalArgumentException when either is not a version, as in {@link #compare(String, String)}
     */
    public static boolean lte(String a, String b) {
        return compare(a, b) <= 0;
    }

    /**
     * {@code semver.eq(a, b)}: the versions are equal, build metadata ignored.
     *
     * @throws IllegalArgumentException when either is not a version, as in {@link #compare(String, String)}
     */
    public static boolean eq(String a, String b) {
        return compare(a, b) == 0;
    }

    /**
     * {@code semver.neq(a, b)}: the versions differ, build metadata ignored.
     *
     * @throws IllegalArgumentException when either is not a version, as in {@link #compare(String, String)}
     */
    public static boolean neq(String a, String b) {
        return compare(a, b) != 0;
    }
}
