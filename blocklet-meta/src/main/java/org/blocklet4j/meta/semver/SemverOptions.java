package org.blocklet4j.meta.semver;

/**
 * The options node-semver 6 accepts: {@code {loose, includePrerelease}}. The manifest rules of the reference
 * use neither, which is {@link #DEFAULT}.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param loose             semver's {@code loose}: versions may carry leading zeros, leading {@code =}, {@code v}
 *                          and white space, and a prerelease without its hyphen ({@code 1.2.3beta}); ranges drop
 *                          the comparators that still do not parse instead of failing
 * @param includePrerelease semver's {@code includePrerelease}: a prerelease version may satisfy a range even when
 *                          no comparator of the range names a prerelease of the same {@code major.minor.patch},
 *                          and x-ranges desugar to {@code -0} bounds
 */
public record SemverOptions(boolean loose, boolean includePrerelease) {
    /** Neither option: what {@code semver.valid(v)}, {@code semver.validRange(r)} and friends use by default. */
    public static final SemverOptions DEFAULT = new SemverOptions(false, false);

    /** These options with {@code loose} set to the given value. */
    public SemverOptions withLoose(boolean value) {
        return new SemverOptions(value, includePrerelease);
    }

    /** These options with {@code includePrerelease} set to the given value. */
    public SemverOptions withIncludePrerelease(boolean value) {
        return new SemverOptions(loose, value);
    }
}
