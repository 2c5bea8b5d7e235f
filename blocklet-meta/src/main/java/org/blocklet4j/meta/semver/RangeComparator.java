package org.blocklet4j.meta.semver;

import java.util.regex.Matcher;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.jspecify.annotations.Nullable;

/**
 * semver 6's {@code Comparator}: an operator ({@code ""}, {@code <}, {@code <=}, {@code >}, {@code >=}) and a
 * version, or "any version" when both are empty. Immutable.
 */
final class RangeComparator {
    private final String operator;
    private final @Nullable SemVer semver;
    private final String value;

    private static final RangeComparator ANY = new RangeComparator("", null);

    private RangeComparator(String operator, @Nullable SemVer semver) {
        this.operator = operator;
        this.semver = semver;
        this.value = semver == null ? "" : operator + semver.version();
    }

    /**
     * {@code new Comparator(comp, options)}.
     *
     * @throws IllegalArgumentException as semver's {@code TypeError} when the comparator or its version is invalid
     */
    static RangeComparator parse(String comp, SemverOptions options) {
        String collapsed = SemverGrammar.collapseWhitespace(JsStrings.trim(comp));
        if (collapsed.isEmpty()) {
            return ANY;
        }
        Matcher m = (options.loose() ? SemverGrammar.COMPARATOR_LOOSE : SemverGrammar.COMPARATOR).matcher(collapsed);
        if (!m.matches()) {
            throw new IllegalArgumentException("Invalid comparator: " + collapsed);
        }
        String operator = m.group(1) == null ? "" : m.group(1);
        if (operator.equals("=")) {
            operator = "";
        }
        String version = m.group(2);
        if (version == null || version.isEmpty()) {
            return new RangeComparator(operator, null);
        }
        return new RangeComparator(operator, SemVer.construct(version, options.loose()));
    }

    /** The version, or {@code null} for semver's {@code ANY}. */
    @Nullable SemVer semver() {
        return semver;
    }

    /** semver's {@code Comparator.test} for a parsed version. */
    boolean test(SemVer version) {
        if (semver == null) {
            return true;
        }
        int c = version.compareTo(semver);
        switch (operator) {
            case "":
                return c == 0;
            case ">":
                return c > 0;
            case ">=":
                return c >= 0;
            case "<":
                return c < 0;
            case "<=":
                return c <= 0;
            default:
                throw new IllegalStateException("operator " + operator);
        }
    }

    /** semver's {@code Comparator.value}: the operator and normalised version, or {@code ""} for any version. */
    @Override
    public String toString() {
        return value;
    }
}
