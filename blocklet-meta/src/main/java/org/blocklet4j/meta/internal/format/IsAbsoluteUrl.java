package org.blocklet4j.meta.internal.format;

/**
 * The {@code is-absolute-url} 3.0.3 test: a scheme ({@code [a-zA-Z][a-zA-Z0-9+\-.]*}) followed by a colon, except
 * Windows drive paths such as {@code c:\}.
 *
 * <p>Stateless: every method is a pure function, safe to call from any thread.
 */
public final class IsAbsoluteUrl {
    private IsAbsoluteUrl() {
    }

    /** True when {@code url} starts with a URL scheme and a colon and is not a Windows drive path. */
    public static boolean test(String url) {
        if (url.length() >= 3 && isAsciiLetter(url.charAt(0)) && url.charAt(1) == ':' && url.charAt(2) == '\\') {
            return false;
        }
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return false;
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
