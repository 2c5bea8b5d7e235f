package org.blocklet4j.meta.semver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.jspecify.annotations.Nullable;

/**
 * A version range as node-semver 6.3.2's {@code Range} reads it: alternatives separated by {@code ||}, each a
 * space-separated set of comparators that must all hold. Hyphen ranges ({@code 1.2 - 2}), x-ranges
 * ({@code 1.x}, {@code *}), tilde ({@code ~1.2.3}, {@code ~>1.2}) and caret ({@code ^0.2}) desugar into plain
 * comparators, and {@link #toString()} is semver's formatted {@code range} ({@code ^1.2.3} prints as
 * {@code >=1.2.3 <2.0.0}).
 *
 * <p>Semver's quirks are kept: white space is JavaScript's and is collapsed first; an empty alternative means any
 * version ({@code "^1 ||"} matches everything and prints {@code ">=1.0.0 <2.0.0||"}); {@code latest} is not a
 * range; a prerelease version satisfies a range only when some comparator of the same alternative names a
 * prerelease of the same {@code major.minor.patch}, unless {@link SemverOptions#includePrerelease()} is set.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class SemverRange {
    private final String raw;
    private final List<List<RangeComparator>> set;
    private final String range;
    private final SemverOptions options;

    private SemverRange(String raw, List<List<RangeComparator>> set, SemverOptions options) {
        this.raw = raw;
        this.set = set;
        this.options = options;
        List<String> alternatives = new ArrayList<>(set.size());
        for (List<RangeComparator> comparators : set) {
            List<String> values = new ArrayList<>(comparators.size());
            for (RangeComparator comparator : comparators) {
                values.add(comparator.toString());
            }
            alternatives.add(JsStrings.trim(String.join(" ", values)));
        }
        this.range = JsStrings.trim(String.join("||", alternatives));
    }

    /**
     * Parses a range as {@code new semver.Range(range)} does; empty where semver throws.
     *
     * @param range the text; {@code null} gives an empty result, as semver throws for it
     */
    public static Optional<SemverRange> parse(@Nullable String range) {
        return parse(range, SemverOptions.DEFAULT);
    }

    /**
     * Parses a range as {@code new semver.Range(range, options)} does; empty where semver throws.
     *
     * @param range   the text; {@code null} gives an empty result
     * @param options semver's options
     */
    public static Optional<SemverRange> parse(@Nullable String range, SemverOptions options) {
        Objects.requireNonNull(options, "options");
        if (range == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(construct(range, options));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code semver.validRange(range)}: the formatted range, {@code "*"} when it formats as empty (for example
     * {@code ""}, {@code " "} or {@code "x"}), empty where semver returns {@code null}. What
     * {@code Joi.semverRange()} accepts is exactly the strings for which this is present.
     *
     * @param range the text; {@code null} gives an empty result
     */
    public static Optional<String> validRange(@Nullable String range) {
        return validRange(range, SemverOptions.DEFAULT);
    }

    /**
     * {@code semver.validRange(range, options)}, as {@link #validRange(String)}.
     *
     * @param range   the text; {@code null} gives an empty result
     * @param options semver's options
     */
    public static Optional<String> validRange(@Nullable String range, SemverOptions options) {
        return parse(range, options).map(r -> r.range.isEmpty() ? "*" : r.range);
    }

    /**
     * {@code semver.satisfies(version, range)}: false when the range or the version is invalid. The version is
     * read as {@code new SemVer(version)} reads it, so surrounding white space is allowed.
     *
     * @param version the version text; {@code null} does not satisfy any range
     * @param range   the range text; {@code null} is not a range
     */
    public static boolean satisfies(@Nullable String version, @Nullable String range) {
        return satisfies(version, range, SemverOptions.DEFAULT);
    }

    /**
     * {@code semver.satisfies(version, range, options)}, as {@link #satisfies(String, String)}.
     *
     * @param version the version text; {@code null} does not satisfy any range
     * @param range   the range text; {@code null} is not a range
     * @param options semver's options, used for both the range and the version
     */
    public static boolean satisfies(@Nullable String version, @Nullable String range, SemverOptions options) {
        return parse(range, options).map(r -> r.test(version)).orElse(false);
    }

    /**
     * {@code semver.maxSatisfying(versions, range)}: the highest of the versions that satisfy the range, the first
     * one listed among equals; empty when none does or the range is invalid. The result keeps the text it was read
     * from in {@link SemVer#raw()}.
     *
     * @param versions version texts, in the order semver would iterate them; invalid ones are skipped
     * @param range    the range text; {@code null} is not a range
     */
    public static Optional<SemVer> maxSatisfying(Collection<String> versions, @Nullable String range) {
        return maxSatisfying(versions, range, SemverOptions.DEFAULT);
    }

    /**
     * {@code semver.maxSatisfying(versions, range, options)}, as {@link #maxSatisfying(Collection, String)}.
     *
     * @param versions version texts, in the order semver would iterate them; invalid ones are skipped
     * @param range    the range text; {@code null} is not a range
     * @param options  semver's options
     */
    public static Optional<SemVer> maxSatisfying(Collection<String> versions, @Nullable String range,
            SemverOptions options) {
        return extreme(versions, range, options, 1);
    }

    /**
     * {@code semver.minSatisfying(versions, range)}: the lowest of the versions that satisfy the range, the first
     * one listed among equals; empty when none does or the range is invalid.
     *
     * @param versions version texts, in the order semver would iterate them; invalid ones are skipped
     * @param range    the range text; {@code null} is not a range
     */
    public static Optional<SemVer> minSatisfying(Collection<String> versions, @Nullable String range) {
        return minSatisfying(versions, range, SemverOptions.DEFAULT);
    }

    /**
     * {@code semver.minSatisfying(versions, range, options)}, as {@link #minSatisfying(Collection, String)}.
     *
     * @param versions version texts, in the order semver would iterate them; invalid ones are skipped
     * @param range    the range text; {@code null} is not a range
     * @param options  semver's options
     */
    public static Optional<SemVer> minSatisfying(Collection<String> versions, @Nullable String range,
            SemverOptions options) {
        return extreme(versions, range, options, -1);
    }

    /** Replaces the kept version when a later one compares {@code direction} (1 for max, -1 for min) to it. */
    private static Optional<SemVer> extreme(Collection<String> versions, @Nullable String range,
            SemverOptions options, int direction) {
        Objects.requireNonNull(versions, "versions");
        Optional<SemverRange> parsed = parse(range, options);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        SemverRange r = parsed.get();
        SemVer best = null;
        for (String text : versions) {
            SemVer v = r.read(text);
            if (v != null && r.testParsed(v) && (best == null || v.compareTo(best) == direction)) {
                best = v;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code range.test(version)} for a version text: false when it is {@code null}, empty or not a version as
     * {@code new SemVer(version, options)} reads it (surrounding white space is trimmed; loose mode as this range).
     *
     * @param version the version text
     */
    public boolean test(@Nullable String version) {
        SemVer v = read(version);
        return v != null && testParsed(v);
    }

    /**
     * {@code range.test(version)}: whether some alternative of this range holds for the version, with semver's
     * prerelease rule (see the class description).
     *
     * @param version a parsed version
     */
    public boolean test(SemVer version) {
        return testParsed(Objects.requireNonNull(version, "version"));
    }

    /** The text as semver stores it in {@code raw}: trimmed, white space runs collapsed to one space. */
    public String raw() {
        return raw;
    }

    /** The options this range was parsed with. */
    public SemverOptions options() {
        return options;
    }

    /**
     * semver's {@code range}: the comparators of each alternative joined by a space, the alternatives by
     * {@code ||}; the empty string when the range allows any version (where {@link #validRange(String)} says
     * {@code "*"}).
     */
    @Override
    public String toString() {
        return range;
    }

    /** Two ranges are equal when they format the same and were parsed with the same options. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof SemverRange other && range.equals(other.range) && options.equals(other.options);
    }

    @Override
    public int hashCode() {
        return range.hashCode() * 31 + options.hashCode();
    }

    private @Nullable SemVer read(@Nullable String version) {
        if (version == null || version.isEmpty()) {
            return null;
        }
        try {
            return SemVer.construct(version, options.loose());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean testParsed(SemVer version) {
        for (List<RangeComparator> comparators : set) {
            if (testSet(comparators, version)) {
                return true;
            }
        }
        return false;
    }

    private boolean testSet(List<RangeComparator> comparators, SemVer version) {
        for (RangeComparator comparator : comparators) {
            if (!comparator.test(version)) {
                return false;
            }
        }
        if (!version.prerelease().isEmpty() && !options.includePrerelease()) {
            // A prerelease passes only when a comparator of this set names a prerelease of the same
            // major.minor.patch: ^1.2.3-pr.1 allows 1.2.3-pr.2 but not 1.2.4-alpha.
            for (RangeComparator comparator : comparators) {
                SemVer allowed = comparator.semver();
                if (allowed != null && !allowed.prerelease().isEmpty()
                        && allowed.major() == version.major()
                        && allowed.minor() == version.minor()
                        && allowed.patch() == version.patch()) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    // ---- parsing: semver's Range constructor and parseRange, step by step ----

    /**
     * {@code new Range(range, options)}.
     *
     * @throws IllegalArgumentException where semver throws a {@code TypeError}
     */
    static SemverRange construct(String range, SemverOptions options) {
        // Collapse white space first so that no later expression meets a long run of it.
        String raw = SemverGrammar.collapseWhitespace(JsStrings.trim(range));
        List<List<RangeComparator>> set = new ArrayList<>();
        for (String alternative : SemverGrammar.split(raw, "||")) {
            List<RangeComparator> comparators = parseRange(JsStrings.trim(alternative), options);
            if (!comparators.isEmpty()) {
                set.add(comparators);
            }
        }
        if (set.isEmpty()) {
            throw new IllegalArgumentException("Invalid SemVer Range: " + raw);
        }
        return new SemverRange(raw, List.copyOf(set), options);
    }

    private static List<RangeComparator> parseRange(String alternative, SemverOptions options) {
        boolean loose = options.loose();
        String range = alternative;
        // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
        // Each expression below needs a character the cheap test looks for; skipping it changes nothing.
        if (range.indexOf('-') >= 0) {
            Matcher hyphen = (loose ? SemverGrammar.HYPHEN_RANGE_LOOSE : SemverGrammar.HYPHEN_RANGE).matcher(range);
            if (hyphen.matches()) {
                range = hyphenReplace(hyphen);
            }
        }
        // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
        range = ComparatorTrim.trimComparatorWhitespace(range);
        // `~ 1.2.3` => `~1.2.3`, `^ 1.2.3` => `^1.2.3`
        if (range.indexOf('~') >= 0) {
            range = SemverGrammar.TILDE_TRIM.matcher(range).replaceAll("$1~");
        }
        if (range.indexOf('^') >= 0) {
            range = SemverGrammar.CARET_TRIM.matcher(range).replaceAll("$1^");
        }
        range = SemverGrammar.collapseWhitespace(range);

        List<String> desugared = new ArrayList<>();
        for (String comp : SemverGrammar.split(range, " ")) {
            desugared.add(parseComparator(comp, options));
        }
        List<RangeComparator> comparators = new ArrayList<>();
        for (String comp : SemverGrammar.splitOnWhitespace(String.join(" ", desugared))) {
            if (loose && !SemverGrammar.COMPARATOR_LOOSE.matcher(comp).matches()) {
                // Loose mode throws out what still is not a comparator.
                continue;
            }
            comparators.add(RangeComparator.parse(comp, options));
        }
        return comparators;
    }

    /** Carets, then tildes, then x-ranges, then stars become plain comparators. */
    private static String parseComparator(String comp, SemverOptions options) {
        String c = replaceEach(JsStrings.trim(comp), '^', options.loose() ? SemverGrammar.CARET_LOOSE
                : SemverGrammar.CARET, SemverRange::caret, options);
        c = replaceEach(JsStrings.trim(c), '~', options.loose() ? SemverGrammar.TILDE_LOOSE : SemverGrammar.TILDE,
                SemverRange::tilde, options);
        c = replaceEach(c, NO_LEAD, options.loose() ? SemverGrammar.XRANGE_LOOSE : SemverGrammar.XRANGE,
                SemverRange::xRange, options);
        // replaceStars: every star comparator means "any version" and is removed (the first match only).
        c = JsStrings.trim(c);
        return c.indexOf('*') < 0 ? c : SemverGrammar.STAR.matcher(c).replaceFirst("");
    }

    private interface Desugaring {
        String apply(Matcher m, SemverOptions options);
    }

    private static final char NO_LEAD = 0;

    /**
     * {@code comp.split(/\s+/).map(c => c.trim().replace(pattern, fn)).join(' ')}, the pattern anchored at both
     * ends. A part can only match when it is not empty and starts with {@code lead} (unless that is {@link #NO_LEAD}).
     */
    private static String replaceEach(String comp, char lead, Pattern pattern, Desugaring desugaring,
            SemverOptions options) {
        List<String> parts = SemverGrammar.splitOnWhitespace(comp);
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (part.isEmpty() || (lead != NO_LEAD && part.charAt(0) != lead)) {
                continue;
            }
            Matcher m = pattern.matcher(part);
            if (m.matches()) {
                parts.set(i, desugaring.apply(m, options));
            }
        }
        return parts.size() == 1 ? parts.get(0) : String.join(" ", parts);
    }

    // ~, ~> --> * ; ~2, ~2.x, ~>2 --> >=2.0.0 <3.0.0 ; ~1.2, ~1.2.x --> >=1.2.0 <1.3.0 ; ~1.2.3 --> >=1.2.3 <1.3.0
    private static String tilde(Matcher m, SemverOptions options) {
        String major = m.group(1);
        String minor = m.group(2);
        String patch = m.group(3);
        String pre = m.group(4);
        if (SemverGrammar.isX(major)) {
            return "";
        } else if (SemverGrammar.isX(minor)) {
            return ">=" + major + ".0.0 <" + SemverGrammar.plusOne(major) + ".0.0";
        } else if (SemverGrammar.isX(patch)) {
            return ">=" + major + "." + minor + ".0 <" + major + "." + SemverGrammar.plusOne(minor) + ".0";
        } else if (SemverGrammar.isTruthy(pre)) {
            return ">=" + major + "." + minor + "." + patch + "-" + pre
                    + " <" + major + "." + SemverGrammar.plusOne(minor) + ".0";
        } else {
            return ">=" + major + "." + minor + "." + patch
                    + " <" + major + "." + SemverGrammar.plusOne(minor) + ".0";
        }
    }

    // ^ --> * ; ^2, ^2.x --> >=2.0.0 <3.0.0 ; ^1.2, ^1.2.x --> >=1.2.0 <2.0.0 ; ^0.2.3 --> >=0.2.3 <0.3.0 ;
    // ^0.0.3 --> >=0.0.3 <0.0.4
    private static String caret(Matcher m, SemverOptions options) {
        String major = m.group(1);
        String minor = m.group(2);
        String patch = m.group(3);
        String pre = m.group(4);
        if (SemverGrammar.isX(major)) {
            return "";
        } else if (SemverGrammar.isX(minor)) {
            return ">=" + major + ".0.0 <" + SemverGrammar.plusOne(major) + ".0.0";
        } else if (SemverGrammar.isX(patch)) {
            if (major.equals("0")) {
                return ">=" + major + "." + minor + ".0 <" + major + "." + SemverGrammar.plusOne(minor) + ".0";
            }
            return ">=" + major + "." + minor + ".0 <" + SemverGrammar.plusOne(major) + ".0.0";
        }
        String from = ">=" + major + "." + minor + "." + patch + (SemverGrammar.isTruthy(pre) ? "-" + pre : "");
        if (major.equals("0")) {
            if (minor.equals("0")) {
                return from + " <" + major + "." + minor + "." + SemverGrammar.plusOne(patch);
            }
            return from + " <" + major + "." + SemverGrammar.plusOne(minor) + ".0";
        }
        return from + " <" + SemverGrammar.plusOne(major) + ".0.0";
    }

    private static String xRange(Matcher m, SemverOptions options) {
        String gtlt = m.group(1);
        String major = m.group(2);
        String minor = m.group(3);
        String patch = m.group(4);
        boolean xMajor = SemverGrammar.isX(major);
        boolean xMinor = xMajor || SemverGrammar.isX(minor);
        boolean xPatch = xMinor || SemverGrammar.isX(patch);
        boolean anyX = xPatch;
        if (gtlt.equals("=") && anyX) {
            gtlt = "";
        }
        // With includePrerelease the bounds get -0, the lowest prerelease.
        String pr = options.includePrerelease() ? "-0" : "";
        if (xMajor) {
            // >* and <* allow nothing; anything else allows everything
            return gtlt.equals(">") || gtlt.equals("<") ? "<0.0.0-0" : "*";
        } else if (!gtlt.isEmpty() && anyX) {
            if (xMinor) {
                minor = "0";
            }
            patch = "0";
            if (gtlt.equals(">")) {
                // >1 => >=2.0.0, >1.2 => >=1.3.0
                gtlt = ">=";
                if (xMinor) {
                    major = SemverGrammar.plusOne(major);
                    minor = "0";
                } else {
                    minor = SemverGrammar.plusOne(minor);
                }
                patch = "0";
            } else if (gtlt.equals("<=")) {
                // <=0.7.x is <0.8.0, <=7.x is <8.0.0
                gtlt = "<";
                if (xMinor) {
                    major = SemverGrammar.plusOne(major);
                } else {
                    minor = SemverGrammar.plusOne(minor);
                }
            }
            return gtlt + major + "." + minor + "." + patch + pr;
        } else if (xMinor) {
            return ">=" + major + ".0.0" + pr + " <" + SemverGrammar.plusOne(major) + ".0.0" + pr;
        } else if (xPatch) {
            return ">=" + major + "." + minor + ".0" + pr + " <" + major + "." + SemverGrammar.plusOne(minor) + ".0"
                    + pr;
        }
        return m.group();
    }

    /** semver's {@code hyphenReplace}: {@code 1.2 - 3.4.5} => {@code >=1.2.0 <=3.4.5}, {@code 1.2.3 - 3.4} => {@code >=1.2.3 <3.5.0}. */
    private static String hyphenReplace(Matcher m) {
        String from = m.group(1);
        String fromMajor = m.group(2);
        String fromMinor = m.group(3);
        String fromPatch = m.group(4);
        String to = m.group(7);
        String toMajor = m.group(8);
        String toMinor = m.group(9);
        String toPatch = m.group(10);
        String toPre = m.group(11);
        if (SemverGrammar.isX(fromMajor)) {
            from = "";
        } else if (SemverGrammar.isX(fromMinor)) {
            from = ">=" + fromMajor + ".0.0";
        } else if (SemverGrammar.isX(fromPatch)) {
            from = ">=" + fromMajor + "." + fromMinor + ".0";
        } else {
            from = ">=" + from;
        }
        if (SemverGrammar.isX(toMajor)) {
            to = "";
        } else if (SemverGrammar.isX(toMinor)) {
            to = "<" + SemverGrammar.plusOne(toMajor) + ".0.0";
        } else if (SemverGrammar.isX(toPatch)) {
            to = "<" + toMajor + "." + SemverGrammar.plusOne(toMinor) + ".0";
        } else if (SemverGrammar.isTruthy(toPre)) {
            to = "<=" + toMajor + "." + toMinor + "." + toPatch + "-" + toPre;
        } else {
            to = "<=" + to;
        }
        return JsStrings.trim(from + " " + to);
    }
}
