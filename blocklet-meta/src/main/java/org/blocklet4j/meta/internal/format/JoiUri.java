package org.blocklet4j.meta.internal.format;

/**
 * Joi's {@code string().uri(options)} rule: the {@code @sideway/address} RFC 3986 expression, anchored at both
 * ends, with its guards (non-empty; {@code http:}/{@code https:} must be followed by nothing or by {@code //} and
 * a character other than {@code /}) and Joi's own rejection of {@code http:/} and {@code https:/}.
 *
 * <p>The expression describes a regular language, and this class recognises that language directly instead of
 * running a backtracking regex: every component ends at a character it cannot contain ({@code /}, {@code ?},
 * {@code #}, {@code @}, {@code :}, {@code ]}), so one left-to-right pass decides it in linear time. Faithful to
 * the expression rather than to RFC 3986: a lone {@code %} is accepted wherever pct-encoding is, the scheme may
 * contain a comma, IPv4 octets may have leading zeros, and {@code scheme:///path} is accepted.
 *
 * <p>Stateless: every method is a pure function, safe to call from any thread.
 */
public final class JoiUri {
    private JoiUri() {
    }

    /** True when {@code value} passes {@code Joi.string().uri(options)}. */
    public static boolean isValid(String value, UriOptions options) {
        if (value.isEmpty() || value.equals("http:/") || value.equals("https:/") || httpGuardRejects(value)) {
            return false;
        }
        return matchesAbsolute(value, options) || options.allowRelative() && matchesRelative(value);
    }

    /**
     * The guards {@code (?!https?:/(?:$|[^/]))(?!https?:///)(?!https?:[^/])}: after a case-sensitive
     * {@code http:} or {@code https:} comes nothing, or {@code //} not followed by another {@code /}.
     */
    private static boolean httpGuardRejects(String v) {
        int p;
        if (v.startsWith("https:")) {
            p = 6;
        } else if (v.startsWith("http:")) {
            p = 5;
        } else {
            return false;
        }
        if (p == v.length()) {
            return false;
        }
        if (v.charAt(p) != '/' || p + 1 == v.length() || v.charAt(p + 1) != '/') {
            return true;
        }
        return p + 2 < v.length() && v.charAt(p + 2) == '/';
    }

    /** {@code scheme ":" hier-part [ "?" query ] [ "#" fragment ]}. */
    private static boolean matchesAbsolute(String v, UriOptions options) {
        int colon = v.indexOf(':');
        if (colon <= 0 || !options.allowsScheme(v.substring(0, colon))) {
            return false;
        }
        int i = colon + 1;
        int pathEnd = indexOfAny(v, i, v.length(), '?', '#');
        if (v.startsWith("//", i)) {
            if (v.startsWith("///", i)) {
                // The reference's extra "///" segment path-abempty branch (for file:///).
                return isPath(v, i, pathEnd) && isSuffix(v, pathEnd);
            }
            return matchesAuthorityAndPath(v, i + 2, pathEnd);
        }
        // path-absolute ("/" not followed by "/") or path-rootless (a pchar first); the empty path is not allowed.
        if (i == pathEnd || v.charAt(i) != '/' && !UriChars.isPchar(v.charAt(i))) {
            return false;
        }
        return isPath(v, i, pathEnd) && isSuffix(v, pathEnd);
    }

    /** {@code relative-part [ "?" query ] [ "#" fragment ]}. */
    private static boolean matchesRelative(String v) {
        int pathEnd = indexOfAny(v, 0, v.length(), '?', '#');
        if (v.startsWith("//")) {
            return matchesAuthorityAndPath(v, 2, pathEnd);
        }
        if (pathEnd == 0 || v.charAt(0) == '/') {
            // path-empty or path-absolute
            return isPath(v, 0, pathEnd) && isSuffix(v, pathEnd);
        }
        // path-noscheme: the first segment has no ':'.
        int firstSegmentEnd = indexOfAny(v, 0, pathEnd, '/', '/');
        for (int k = 0; k < firstSegmentEnd; k++) {
            char c = v.charAt(k);
            if (!UriChars.isRegNameChar(c) && c != '@') {
                return false;
            }
        }
        return isPath(v, firstSegmentEnd, pathEnd) && isSuffix(v, pathEnd);
    }

    /** {@code authority path-abempty} from just after {@code //}, up to {@code pathEnd}, then the suffix. */
    private static boolean matchesAuthorityAndPath(String v, int from, int pathEnd) {
        int authorityEnd = indexOfAny(v, from, pathEnd, '/', '/');
        return isAuthority(v, from, authorityEnd) && isPath(v, authorityEnd, pathEnd) && isSuffix(v, pathEnd);
    }

    /** {@code [ userinfo "@" ] host [ ":" port ]}. */
    private static boolean isAuthority(String v, int from, int to) {
        int at = indexOfAny(v, from, to, '@', '@');
        int hostStart = from;
        if (at < to) {
            for (int k = from; k < at; k++) {
                char c = v.charAt(k);
                if (!UriChars.isRegNameChar(c) && c != ':') {
                    return false;
                }
            }
            hostStart = at + 1;
        }
        if (hostStart >= to) {
            return false;
        }
        int hostEnd;
        if (v.charAt(hostStart) == '[') {
            int close = indexOfAny(v, hostStart, to, ']', ']');
            if (close == to) {
                return false;
            }
            if (!RfcIp.isIpv6(v, hostStart + 1, close) && !RfcIp.isIpvFuture(v, hostStart + 1, close)) {
                return false;
            }
            hostEnd = close + 1;
        } else {
            hostEnd = indexOfAny(v, hostStart, to, ':', ':');
            // IPv4address is a subset of reg-name, which is 1 to 255 characters.
            if (hostEnd - hostStart > 255) {
                return false;
            }
            for (int k = hostStart; k < hostEnd; k++) {
                if (!UriChars.isRegNameChar(v.charAt(k))) {
                    return false;
                }
            }
            if (hostEnd == hostStart) {
                return false;
            }
        }
        if (hostEnd == to) {
            return true;
        }
        if (v.charAt(hostEnd) != ':') {
            return false;
        }
        for (int k = hostEnd + 1; k < to; k++) {
            if (!RfcIp.isDigit(v.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Path characters: {@code pchar} and {@code /}. */
    private static boolean isPath(String v, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c != '/' && !UriChars.isPchar(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [ "?" query ] [ "#" fragment ]} from {@code from} to the end. */
    private static boolean isSuffix(String v, int from) {
        int i = from;
        if (i < v.length() && v.charAt(i) == '?') {
            i++;
            while (i < v.length() && v.charAt(i) != '#') {
                if (!UriChars.isQueryChar(v.charAt(i))) {
                    return false;
                }
                i++;
            }
        }
        if (i < v.length()) {
            if (v.charAt(i) != '#') {
                return false;
            }
            for (i++; i < v.length(); i++) {
                if (!UriChars.isQueryChar(v.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first index in {@code [from, to)} holding {@code a} or {@code b}, else {@code to}. */
    private static int indexOfAny(String v, int from, int to, char a, char b) {
        for (int k = from; k < to; k++) {
            char c = v.charAt(k);
            if (c == a || c == b) {
                return k;
            }
        }
        return to;
    }
}
