package org.blocklet4j.meta.internal.js;

/**
 * ECMAScript string rules: white space as {@code String.prototype.trim} and {@code \s} see it, which differs
 * from Java's {@link Character#isWhitespace} and {@link String#strip()} (U+00A0, U+FEFF and U+3000 count; U+001C
 * to U+001F do not).
 */
public final class JsStrings {
    private JsStrings() {
    }

    /** True for the ECMAScript WhiteSpace and LineTerminator code units. */
    public static boolean isWhitespace(char c) {
        switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
                    '\u205F', '\u3000', '\uFEFF':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /** {@code String.prototype.trim}. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /** {@code String.prototype.trimStart}. */
    public static String trimStart(String s) {
        int start = 0;
        while (start < s.length() && isWhitespace(s.charAt(start))) {
            start++;
        }
        return s.substring(start);
    }

    /** {@code String.prototype.trimEnd}. */
    public static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** True when every code unit is ECMAScript white space (also for the empty string). */
    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
