package org.blocklet4j.meta.semver;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.blocklet4j.meta.internal.js.JsNumbers;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.jspecify.annotations.Nullable;

/**
 * node-semver 6.3.2's regular expressions, in the "safe" form it applies to input, and the JavaScript string
 * operations the range parser is written in.
 *
 * <p>The expressions are built token by token as semver builds {@code src[]}, after its {@code makeSafeRe}:
 * {@code \s*} and {@code \s+} become {@code \s{0,1}} and {@code \s{1,1}}, {@code \d} runs are capped at 256 and
 * {@code [a-zA-Z0-9-]} runs at 250. Three translations keep the Java engine's answers equal to V8's:
 * <ul>
 *   <li>{@code \s} is ECMAScript white space, not Java's;</li>
 *   <li>expressions anchored with {@code ^…$} in semver are applied with {@link java.util.regex.Matcher#matches()}
 *       (Java's {@code $} would also match before a final line terminator);</li>
 *   <li>the dot-separated identifier loops of prerelease and build are possessive ({@code *+}), and each identifier
 *       in them must end where its run of {@code [a-zA-Z0-9-]} ends. What follows an identifier in every semver
 *       expression is a dot, {@code +}, white space or the end, so only a match ending at such a boundary can lead
 *       to an overall match: requiring it lets the alternation inside an iteration find that match (the numeric
 *       alternative is tried first and may stop early, {@code 12a}), after which giving back iterations cannot
 *       help, and the answers are the same. The possessive loop runs iteratively, where a backtracking group loop
 *       recurses once per identifier and overflows the stack on long input.</li>
 * </ul>
 */
final class SemverGrammar {
    /** semver's {@code MAX_LENGTH}: longer versions are invalid. */
    static final int MAX_LENGTH = 256;
    /** {@code Number.MAX_SAFE_INTEGER}. */
    static final long MAX_SAFE_INTEGER = 9007199254740991L;
    /** semver's {@code MAX_SAFE_BUILD_LENGTH}. */
    static final int MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;

    /** ECMAScript {@code \s}: WhiteSpace and LineTerminator. */
    private static final String WS = "[" + JsStrings.WHITESPACE_CLASS + "]";
    private static final String WS_0_1 = WS + "{0,1}";
    private static final String WS_1_1 = WS + "{1,1}";

    private static final String NUMERIC_IDENTIFIER = "0|[1-9]\\d{0," + MAX_LENGTH + "}";
    private static final String NUMERIC_IDENTIFIER_LOOSE = "\\d{1," + MAX_LENGTH + "}";
    private static final String NON_NUMERIC_IDENTIFIER =
            "\\d{0," + MAX_LENGTH + "}[a-zA-Z-][a-zA-Z0-9-]{0," + MAX_SAFE_BUILD_LENGTH + "}";
    private static final String MAIN_VERSION = "(" + NUMERIC_IDENTIFIER + ")\\."
            + "(" + NUMERIC_IDENTIFIER + ")\\."
            + "(" + NUMERIC_IDENTIFIER + ")";
    private static final String MAIN_VERSION_LOOSE = "(" + NUMERIC_IDENTIFIER_LOOSE + ")\\."
            + "(" + NUMERIC_IDENTIFIER_LOOSE + ")\\."
            + "(" + NUMERIC_IDENTIFIER_LOOSE + ")";
    private static final String PRERELEASE_IDENTIFIER = "(?:" + NUMERIC_IDENTIFIER + "|" + NON_NUMERIC_IDENTIFIER + ")";
    private static final String PRERELEASE_IDENTIFIER_LOOSE =
            "(?:" + NUMERIC_IDENTIFIER_LOOSE + "|" + NON_NUMERIC_IDENTIFIER + ")";
    /** An identifier in a possessive loop must reach the end of its run of identifier characters (see above). */
    private static final String WHOLE = "(?![a-zA-Z0-9-])";
    private static final String PRERELEASE =
            "(?:-(" + PRERELEASE_IDENTIFIER + "(?:\\." + PRERELEASE_IDENTIFIER + WHOLE + ")*+))";
    private static final String PRERELEASE_LOOSE =
            "(?:-?(" + PRERELEASE_IDENTIFIER_LOOSE + "(?:\\." + PRERELEASE_IDENTIFIER_LOOSE + WHOLE + ")*+))";
    private static final String BUILD_IDENTIFIER = "[a-zA-Z0-9-]{1," + MAX_SAFE_BUILD_LENGTH + "}";
    private static final String BUILD =
            "(?:\\+(" + BUILD_IDENTIFIER + "(?:\\." + BUILD_IDENTIFIER + WHOLE + ")*+))";
    private static final String FULL_PLAIN = "v?" + MAIN_VERSION + PRERELEASE + "?" + BUILD + "?";
    // semver's "[v=\s]*" is not rewritten by makeSafeRe (the token there is "\s]*", not "\s*").
    private static final String LOOSE_PLAIN = "[v=" + JsStrings.WHITESPACE_CLASS + "]*" + MAIN_VERSION_LOOSE + PRERELEASE_LOOSE + "?"
            + BUILD + "?";
    private static final String GTLT = "((?:<|>)?=?)";
    private static final String XRANGE_IDENTIFIER_LOOSE = NUMERIC_IDENTIFIER_LOOSE + "|x|X|\\*";
    private static final String XRANGE_IDENTIFIER = NUMERIC_IDENTIFIER + "|x|X|\\*";
    private static final String XRANGE_PLAIN = "[v=" + JsStrings.WHITESPACE_CLASS + "]*(" + XRANGE_IDENTIFIER + ")"
            + "(?:\\.(" + XRANGE_IDENTIFIER + ")"
            + "(?:\\.(" + XRANGE_IDENTIFIER + ")"
            + "(?:" + PRERELEASE + ")?"
            + BUILD + "?"
            + ")?)?";
    private static final String XRANGE_PLAIN_LOOSE = "[v=" + JsStrings.WHITESPACE_CLASS + "]*(" + XRANGE_IDENTIFIER_LOOSE + ")"
            + "(?:\\.(" + XRANGE_IDENTIFIER_LOOSE + ")"
            + "(?:\\.(" + XRANGE_IDENTIFIER_LOOSE + ")"
            + "(?:" + PRERELEASE_LOOSE + ")?"
            + BUILD + "?"
            + ")?)?";
    private static final String LONE_TILDE = "(?:~>?)";
    private static final String LONE_CARET = "(?:\\^)";

    /** {@code FULL} without its anchors: apply with {@code matches()}. Groups: major, minor, patch, pre, build. */
    static final Pattern FULL = Pattern.compile(FULL_PLAIN);
    /** {@code LOOSE} without its anchors. */
    static final Pattern LOOSE = Pattern.compile(LOOSE_PLAIN);
    /** {@code XRANGE}: groups gtlt, major, minor, patch, pre, build. */
    static final Pattern XRANGE = Pattern.compile(GTLT + WS_0_1 + XRANGE_PLAIN);
    static final Pattern XRANGE_LOOSE = Pattern.compile(GTLT + WS_0_1 + XRANGE_PLAIN_LOOSE);
    /** {@code TILDETRIM}: applied globally with the replacement {@code $1~}. */
    static final Pattern TILDE_TRIM = Pattern.compile("(" + WS_0_1 + ")" + LONE_TILDE + WS_1_1);
    /** {@code TILDE}: groups major, minor, patch, pre, build. */
    static final Pattern TILDE = Pattern.compile(LONE_TILDE + XRANGE_PLAIN);
    static final Pattern TILDE_LOOSE = Pattern.compile(LONE_TILDE + XRANGE_PLAIN_LOOSE);
    /** {@code CARETTRIM}: applied globally with the replacement {@code $1^}. */
    static final Pattern CARET_TRIM = Pattern.compile("(" + WS_0_1 + ")" + LONE_CARET + WS_1_1);
    /** {@code CARET}: groups major, minor, patch, pre, build. */
    static final Pattern CARET = Pattern.compile(LONE_CARET + XRANGE_PLAIN);
    static final Pattern CARET_LOOSE = Pattern.compile(LONE_CARET + XRANGE_PLAIN_LOOSE);
    /** {@code COMPARATOR} ({@code ^gtlt\s*(full)$|^$}): groups operator, version. */
    static final Pattern COMPARATOR = Pattern.compile(GTLT + WS_0_1 + "(" + FULL_PLAIN + ")|");
    static final Pattern COMPARATOR_LOOSE = Pattern.compile(GTLT + WS_0_1 + "(" + LOOSE_PLAIN + ")|");
    /** {@code HYPHENRANGE}: groups from, its major, minor, patch, pre, build, then to and its five. */
    static final Pattern HYPHEN_RANGE = Pattern.compile(WS_0_1 + "(" + XRANGE_PLAIN + ")" + WS_1_1 + "-" + WS_1_1
            + "(" + XRANGE_PLAIN + ")" + WS_0_1);
    static final Pattern HYPHEN_RANGE_LOOSE = Pattern.compile(WS_0_1 + "(" + XRANGE_PLAIN_LOOSE + ")" + WS_1_1 + "-"
            + WS_1_1 + "(" + XRANGE_PLAIN_LOOSE + ")" + WS_0_1);
    /** {@code STAR}: the first match is removed. */
    static final Pattern STAR = Pattern.compile("(<|>)?=?" + WS_0_1 + "\\*");

    private SemverGrammar() {
    }

    /** {@code s.split(/\s+/)}: empty strings at the ends when {@code s} starts or ends with white space. */
    static List<String> splitOnWhitespace(String s) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            if (JsStrings.isWhitespace(s.charAt(i))) {
                parts.add(s.substring(start, i));
                while (i < s.length() && JsStrings.isWhitespace(s.charAt(i))) {
                    i++;
                }
                start = i;
            } else {
                i++;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** {@code s.split(/\s+/).join(' ')}. */
    static String collapseWhitespace(String s) {
        return String.join(" ", splitOnWhitespace(s));
    }

    /** {@code s.split(separator)} for a non-empty string separator: keeps every empty part. */
    static List<String> split(String s, String separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = s.indexOf(separator, start)) >= 0) {
            parts.add(s.substring(start, at));
            start = at + separator.length();
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** {@code String(+digits + 1)}: JavaScript number arithmetic on a run of decimal digits. */
    static String plusOne(String digits) {
        return JsNumbers.toString(Double.parseDouble(digits) + 1);
    }

    /** semver's {@code isX}: an absent or empty identifier, {@code x}, {@code X} or {@code *}. */
    static boolean isX(@Nullable String id) {
        return id == null || id.isEmpty() || id.equals("x") || id.equals("X") || id.equals("*");
    }

    /** JavaScript truthiness of a string that may be undefined. */
    static boolean isTruthy(@Nullable String s) {
        return s != null && !s.isEmpty();
    }
}
