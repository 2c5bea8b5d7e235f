package org.blocklet4j.resolver;

import java.util.Locale;

/**
 * The mount point a component gets when its config names none: {@code /} and the url-path-friendly form of its
 * title, else name, else DID, lower-cased, as {@code parseComponents} computes it.
 */
final class MountPoints {
    private MountPoints() {
    }

    /** {@code `/${urlPathFriendly(title || name || did)}`.toLowerCase()}; empty strings count as absent. */
    static String defaultFor(String title, String name, String did) {
        String base = !title.isEmpty() ? title : !name.isEmpty() ? name : did;
        // urlPathFriendly leaves only ASCII, so a locale-free lower-casing is JavaScript's toLowerCase.
        return ("/" + urlPathFriendly(base)).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code urlPathFriendly(name)} of {@code @blocklet/meta} (keeping slashes): trimmed of JavaScript white space;
     * characters outside U+0020–U+007F removed; any other character than letters, digits, {@code _ . - /}
     * becomes {@code -}; runs of {@code -}, of {@code .} and of {@code /} become one.
     */
    static String urlPathFriendly(String name) {
        String s = jsTrim(name);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7F) {
                continue;
            }
            char m = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '_' || c == '.' || c == '-' || c == '/' ? c : '-';
            // Collapsing each of the three runs in turn equals skipping a repeat of the last written character:
            // a collapsed run keeps one character, so no collapse makes a new run of another kind.
            if ((m == '-' || m == '.' || m == '/') && out.length() > 0 && out.charAt(out.length() - 1) == m) {
                continue;
            }
            out.append(m);
        }
        return out.toString();
    }

    /** JavaScript's {@code String.prototype.trim}: WhiteSpace and LineTerminator at both ends. */
    static String jsTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isJsSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isJsSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isJsSpace(char c) {
        return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0
                || c == 0x1680 || c >= 0x2000 && c <= 0x200A || c == 0x2028 || c == 0x2029 || c == 0x202F
                || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }
}
