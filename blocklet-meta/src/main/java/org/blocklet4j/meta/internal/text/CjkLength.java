package org.blocklet4j.meta.internal.text;

/**
 * The default export of {@code cjk-length} 1.0.0, which the reference uses to limit titles: the length in UTF-16
 * units, where each unit in one of the package's East-Asian Wide or FullWidth ranges counts twice.
 *
 * <p>The ranges are the package's own ({@code characters.js}), not today's Unicode East Asian Width table: the
 * regular expression has no {@code u} flag, so it tests UTF-16 units one at a time and characters outside the
 * Basic Multilingual Plane count 2 (their two surrogates), never 4.
 *
 * <p>This class has no state; it is safe to call from any thread.
 */
public final class CjkLength {
    /** Inclusive ranges from {@code charsWide} then {@code charsFullWidth}. */
    private static final char[][] WIDE = {
        {'\u1100', '\u11F9'}, {'\u3000', '\u303F'}, {'\u3041', '\u3094'}, {'\u3099', '\u309E'},
        {'\u30A1', '\u30FE'}, {'\u3131', '\u318E'}, {'\u3190', '\u319F'}, {'\u3200', '\u321C'},
        {'\u3220', '\u3243'}, {'\u3260', '\u32B0'}, {'\u32C0', '\u3376'}, {'\u337B', '\u33DD'},
        {'\u33E0', '\u33FE'}, {'\u4E00', '\u9FA5'}, {'\uAC00', '\uD7A3'}, {'\uE000', '\uE757'},
        {'\uF900', '\uFA2D'},
        {'\uFE30', '\uFE44'}, {'\uFE49', '\uFE52'}, {'\uFE54', '\uFE6B'}, {'\uFF01', '\uFF5E'},
        {'\uFFE0', '\uFFE6'},
    };

    private CjkLength() {
    }

    /** {@code cjkLength(s)}: {@code s.length()} plus one for every unit in a wide range. */
    public static int of(String s) {
        int length = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u1100' && isWide(c)) {
                length++;
            }
        }
        return length;
    }

    private static boolean isWide(char c) {
        for (char[] range : WIDE) {
            if (c >= range[0] && c <= range[1]) {
                return true;
            }
        }
        return false;
    }
}
