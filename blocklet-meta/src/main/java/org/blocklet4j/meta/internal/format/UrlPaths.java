package org.blocklet4j.meta.internal.format;

import org.blocklet4j.meta.internal.js.JsStrings;

/**
 * The URL path rules of {@code @blocklet/meta}'s {@code url-path-friendly} module: which mount points are valid,
 * how a string is made path friendly, and which navigation links are accepted.
 *
 * <p>Stateless: every method is a pure function, safe to call from any thread.
 */
public final class UrlPaths {
    private UrlPaths() {
    }

    /**
     * {@code isValidUrlPath}: only printable ASCII, and of that only letters, digits, {@code / - . _}, with no
     * {@code //}.
     */
    public static boolean isValidUrlPath(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isPathChar(c)) {
                return false;
            }
            if (c == '/' && i > 0 && name.charAt(i - 1) == '/') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code urlPathFriendly(name, { keepSlash })}: trims JavaScript white space, drops characters outside
     * U+0020..U+007F, turns every other character outside {@code [a-zA-Z0-9_.\-/]} into {@code -}, then collapses
     * runs of {@code -}, {@code .} and {@code /}; without {@code keepSlash} one leading and one trailing slash are
     * removed.
     */
    public static String urlPathFriendly(String name, boolean keepSlash) {
        String trimmed = JsStrings.trim(name);
        StringBuilder out = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c < 0x20 || c > 0x7F) {
                continue;
            }
            char mapped = isPathChar(c) ? c : '-';
            // Runs of '-', '.' and '/' each collapse to one; the three replacements run one after another in the
            // reference, but as none of them creates or removes another kind's character, one pass is the same.
            if ((mapped == '-' || mapped == '.' || mapped == '/') && out.length() > 0
                    && out.charAt(out.length() - 1) == mapped) {
                continue;
            }
            out.append(mapped);
        }
        if (!keepSlash) {
            int start = out.length() > 0 && out.charAt(0) == '/' ? 1 : 0;
            int end = out.length() > start && out.charAt(out.length() - 1) == '/' ? out.length() - 1 : out.length();
            return out.substring(start, end);
        }
        return out.toString();
    }

    /** {@code urlPathFriendly(name)} with the default {@code keepSlash: true}. */
    public static String urlPathFriendly(String name) {
        return urlPathFriendly(name, true);
    }

    /**
     * {@code checkUrlPath}: starts with {@code /} and has no empty segment ({@code /abc}, {@code /abc/} and
     * {@code /} are valid; {@code /abc//d} is not).
     */
    public static boolean checkUrlPath(String value) {
        if (value.isEmpty() || value.charAt(0) != '/') {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '/' && value.charAt(i - 1) == '/') {
                return false;
            }
        }
        return true;
    }

    /** {@code checkLink}: an absolute URL ({@link IsAbsoluteUrl}) or a path accepted by {@link #checkUrlPath}. */
    public static boolean checkLink(String value) {
        return IsAbsoluteUrl.test(value) || checkUrlPath(value);
    }

    private static boolean isPathChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == '-'
                || c == '.' || c == '_';
    }
}
