package org.blocklet4j.meta.internal.js;

/**
 * ECMAScript string rules: white space as {@code String.prototype.trim} and {@code \s} see it, which differs
 * from Java's {@link Character#isWhitespace} and {@link String#strip()} (U+00A0, U+FEFF and U+3000 count; U+001C
 * to U+001F do not), and the values of the ASCII digits the lexical grammar and {@code StringToNumber} read.
 *
 * <p>This class has no state; it is safe to call from any thread.
 */
public final class JsStrings {
    /**
     * The characters of ECMAScript {@code \s} (WhiteSpace and LineTerminator) written for the inside of a
     * {@link java.util.regex.Pattern} character class, where Java's {@code \s} means less.
     */
    public static final String WHITESPACE_CLASS =
            "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

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

    /** True for ECMAScript WhiteSpace: {@link #isWhitespace} without the LineTerminators; false for -1. */
    public static boolean isInlineWhitespace(int c) {
        return c >= 0 && c <= 0xFFFF && c != '\n' && c != '\r' && c != 0x2028 && c != 0x2029
                && isWhitespace((char) c);
    }

    /** The value of an ASCII hexadecimal digit ({@code HexDigit}), or -1 for any other code point. */
    public static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * The value of the {@code count} (at most 7) hexadecimal digits at {@code from} in {@code s}, as in the
     * {@code \xXX} and {@code \}{@code uXXXX} escapes; -1 when {@code s} ends before them or one is not a hex digit.
     */
    public static int hexValue(String s, int from, int count) {
        if (from < 0 || from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = hexValue(s.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /**
     * The value of an ASCII digit in {@code radix} (2 to 16), or -1 for any other code point; unlike
     * {@link Character#digit(int, int)}, non-ASCII digits do not count.
     */
    public static int digitValue(int c, int radix) {
        int value = hexValue(c);
        return value < radix ? value : -1;
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
