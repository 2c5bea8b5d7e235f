package org.blocklet4j.meta.internal.fix;

import java.util.Locale;
import java.util.Set;

import org.blocklet4j.meta.internal.idna.AdaIdna;
import org.blocklet4j.meta.internal.js.JsError;
import org.blocklet4j.meta.internal.js.JsStrings;
import org.blocklet4j.meta.internal.js.JsUri;
import org.jspecify.annotations.Nullable;

/**
 * Node 20's legacy {@code url.parse(url)} (no query parsing, slashes do not denote a host), the parser
 * hosted-git-info 3.0.8 relies on. Fields hold what the returned {@code Url} object holds; null is JavaScript
 * {@code null}. It throws where Node throws: {@code URIError} for a bad escape in the user info, {@code TypeError:
 * Invalid URL} for a host that IDNA rejects, and the {@code URIError} that formatting {@code href} raises for user
 * info ending in a lone surrogate.
 */
final class LegacyUrl {
    private static final Set<String> HOSTLESS = Set.of("javascript", "javascript:");
    private static final Set<String> SLASHED = Set.of("http", "http:", "https", "https:", "ftp", "ftp:", "gopher",
            "gopher:", "file", "file:", "ws", "ws:", "wss", "wss:");
    private static final int HOSTNAME_MAX_LEN = 255;

    @Nullable String protocol;
    boolean slashes;
    @Nullable String auth;
    @Nullable String host;
    @Nullable String port;
    @Nullable String hostname;
    @Nullable String hash;
    @Nullable String search;
    @Nullable String query;
    @Nullable String pathname;
    @Nullable String path;

    private LegacyUrl() {
    }

    static LegacyUrl parse(String url) {
        LegacyUrl u = new LegacyUrl();
        u.doParse(url);
        return u;
    }

    private static boolean isLegacyWs(char c) {
        return c < 33 || c == '\u00A0' || c == '\uFEFF';
    }

    private void doParse(String url) {
        boolean hasHash = false;
        boolean hasAt = false;
        int start = -1;
        int end = -1;
        StringBuilder rest = new StringBuilder();
        int lastPos = 0;
        boolean inWs = false;
        boolean split = false;
        for (int i = 0; i < url.length(); ++i) {
            char code = url.charAt(i);
            boolean isWs = isLegacyWs(code);
            if (start == -1) {
                if (isWs) {
                    continue;
                }
                lastPos = start = i;
            } else if (inWs) {
                if (!isWs) {
                    end = -1;
                    inWs = false;
                }
            } else if (isWs) {
                end = i;
                inWs = true;
            }
            if (!split) {
                switch (code) {
                    case '@':
                        hasAt = true;
                        break;
                    case '#':
                        hasHash = true;
                        split = true;
                        break;
                    case '?':
                        split = true;
                        break;
                    case '\\':
                        if (i - lastPos > 0) {
                            rest.append(url, lastPos, i);
                        }
                        rest.append('/');
                        lastPos = i + 1;
                        break;
                    default:
                        break;
                }
            } else if (!hasHash && code == '#') {
                hasHash = true;
            }
        }
        String r = rest.toString();
        if (start != -1) {
            if (lastPos == start) {
                if (end == -1) {
                    r = start == 0 ? url : url.substring(start);
                } else {
                    r = url.substring(start, end);
                }
            } else if (end == -1 && lastPos < url.length()) {
                r = r + url.substring(lastPos);
            } else if (end != -1 && lastPos < end) {
                r = r + url.substring(lastPos, end);
            }
        }

        if (!hasHash && !hasAt) {
            int q = simplePathSplit(r);
            if (q >= 0) {
                path = r;
                pathname = r.substring(0, q);
                if (q < r.length()) {
                    search = r.substring(q);
                    query = search.substring(1);
                }
                return;
            }
        }

        String proto = null;
        String lowerProto = null;
        int p = 0;
        while (p < r.length() && isProtocolChar(r.charAt(p))) {
            p++;
        }
        if (p > 0 && p < r.length() && r.charAt(p) == ':') {
            proto = r.substring(0, p + 1);
            lowerProto = proto.toLowerCase(Locale.ROOT);
            protocol = lowerProto;
            r = r.substring(p + 1);
        }

        boolean sl = false;
        if (proto != null || hostPatternMatches(r)) {
            sl = r.length() >= 2 && r.charAt(0) == '/' && r.charAt(1) == '/';
            if (sl && !(proto != null && HOSTLESS.contains(lowerProto))) {
                r = r.substring(2);
                slashes = true;
            }
        }

        if (!(lowerProto != null && HOSTLESS.contains(lowerProto))
                && (sl || (proto != null && !SLASHED.contains(proto)))) {
            int hostEnd = -1;
            int atSign = -1;
            int nonHost = -1;
            StringBuilder kept = new StringBuilder(r.length());
            int j = 0;
            for (; j < r.length(); j++) {
                char c = r.charAt(j);
                if (c == '\t' || c == '\n' || c == '\r') {
                    continue;
                }
                int i = kept.length();
                kept.append(c);
                switch (c) {
                    case ' ', '"', '%', '\'', ';', '<', '>', '\\', '^', '`', '{', '|', '}':
                        if (nonHost == -1) {
                            nonHost = i;
                        }
                        break;
                    case '#', '/', '?':
                        if (nonHost == -1) {
                            nonHost = i;
                        }
                        hostEnd = i;
                        break;
                    case '@':
                        atSign = i;
                        nonHost = -1;
                        break;
                    default:
                        break;
                }
                if (hostEnd != -1) {
                    break;
                }
            }
            if (j < r.length()) {
                kept.append(r, j + 1, r.length());
            }
            r = kept.toString();
            int hostStart = 0;
            if (atSign != -1) {
                auth = JsUri.decodeURIComponent(r.substring(0, atSign));
                hostStart = atSign + 1;
            }
            if (nonHost == -1) {
                host = r.substring(hostStart);
                r = "";
            } else {
                host = r.substring(hostStart, nonHost);
                r = r.substring(nonHost);
            }

            parseHost();
            if (hostname == null) {
                hostname = "";
            }
            String hn = hostname;
            boolean ipv6 = isIpv6Hostname(hn);
            if (!ipv6) {
                for (int i = 0; i < hn.length(); i++) {
                    char c = hn.charAt(i);
                    if (c == '/' || c == '\\' || c == '#' || c == '?' || c == ':') {
                        hostname = hn.substring(0, i);
                        r = "/" + hn.substring(i) + r;
                        break;
                    }
                }
            }
            if (hostname.length() > HOSTNAME_MAX_LEN) {
                hostname = "";
            } else {
                hostname = hostname.toLowerCase(Locale.ROOT);
            }
            if (!hostname.isEmpty()) {
                if (ipv6) {
                    if (containsAny(hostname, "\0\t\n\r #%/<>?@\\^|")) {
                        throw JsError.invalidUrl();
                    }
                } else {
                    String h = hostname;
                    int nul = h.indexOf('\0');
                    if (nul >= 0) {
                        // Node hands the host to its IDNA code as a C string.
                        h = h.substring(0, nul);
                    }
                    String ascii = AdaIdna.toAscii(h);
                    if (ascii == null || containsAny(ascii, "\0\t\n\r #%/:<>?@[\\]^|")) {
                        throw JsError.invalidUrl();
                    }
                    hostname = ascii;
                }
            }
            host = hostname + (port != null && !port.isEmpty() ? ":" + port : "");
            if (ipv6) {
                hostname = hostname.substring(1, hostname.length() - 1);
                if (r.isEmpty() || r.charAt(0) != '/') {
                    r = "/" + r;
                }
            }
        }

        if (!(lowerProto != null && lowerProto.equals("javascript:"))) {
            r = autoEscape(r);
        }

        int questionIdx = -1;
        int hashIdx = -1;
        for (int i = 0; i < r.length(); ++i) {
            char code = r.charAt(i);
            if (code == '#') {
                hash = r.substring(i);
                hashIdx = i;
                break;
            } else if (code == '?' && questionIdx == -1) {
                questionIdx = i;
            }
        }
        if (questionIdx != -1) {
            if (hashIdx == -1) {
                search = r.substring(questionIdx);
                query = r.substring(questionIdx + 1);
            } else {
                search = r.substring(questionIdx, hashIdx);
                query = r.substring(questionIdx + 1, hashIdx);
            }
        }
        int firstIdx = questionIdx != -1 ? questionIdx : hashIdx;
        if (firstIdx == -1) {
            if (!r.isEmpty()) {
                pathname = r;
            }
        } else if (firstIdx > 0) {
            pathname = r.substring(0, firstIdx);
        }
        if (lowerProto != null && SLASHED.contains(lowerProto) && hostname != null && !hostname.isEmpty()
                && (pathname == null || pathname.isEmpty())) {
            pathname = "/";
        }
        if (pathname != null && !pathname.isEmpty() || search != null && !search.isEmpty()) {
            path = (pathname == null ? "" : pathname) + (search == null ? "" : search);
        }
        if (auth != null && !auth.isEmpty()) {
            checkAuthEncodable(auth);
        }
    }

    private static boolean isProtocolChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '+'
                || c == '-';
    }

    /**
     * {@code /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/}: the end of the path part when {@code s} is a simple path
     * (the index of {@code ?}, or the length), else -1.
     */
    private static int simplePathSplit(String s) {
        if (s.isEmpty() || s.charAt(0) != '/') {
            return -1;
        }
        int p = 1;
        if (s.length() > 1 && s.charAt(1) == '/') {
            if (s.length() > 2 && s.charAt(2) == '/') {
                return -1;
            }
            p = 2;
        }
        int q = p;
        while (q < s.length() && s.charAt(q) != '?' && !JsStrings.isWhitespace(s.charAt(q))) {
            q++;
        }
        if (q == s.length()) {
            return q;
        }
        if (s.charAt(q) != '?') {
            return -1;
        }
        for (int i = q + 1; i < s.length(); i++) {
            if (JsStrings.isWhitespace(s.charAt(i))) {
                return -1;
            }
        }
        return q;
    }

    /** {@code /^\/\/[^@/]+@[^@/]+/}. */
    private static boolean hostPatternMatches(String s) {
        if (s.length() < 2 || s.charAt(0) != '/' || s.charAt(1) != '/') {
            return false;
        }
        int a = 2;
        while (a < s.length() && s.charAt(a) != '@' && s.charAt(a) != '/') {
            a++;
        }
        return a > 2 && a + 1 < s.length() && s.charAt(a) == '@' && s.charAt(a + 1) != '@'
                && s.charAt(a + 1) != '/';
    }

    private void parseHost() {
        String h = host;
        int k = h.length();
        while (k > 0 && h.charAt(k - 1) >= '0' && h.charAt(k - 1) <= '9') {
            k--;
        }
        if (k > 0 && h.charAt(k - 1) == ':') {
            String portMatch = h.substring(k - 1);
            if (!portMatch.equals(":")) {
                port = portMatch.substring(1);
            }
            h = h.substring(0, h.length() - portMatch.length());
        }
        if (!h.isEmpty()) {
            hostname = h;
        }
    }

    private static boolean isIpv6Hostname(String hostname) {
        return !hostname.isEmpty() && hostname.charAt(0) == '[' && hostname.charAt(hostname.length() - 1) == ']';
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String escapeOf(char c) {
        switch (c) {
            case '\t':
                return "%09";
            case '\n':
                return "%0A";
            case '\r':
                return "%0D";
            case ' ':
                return "%20";
            case '"':
                return "%22";
            case '\'':
                return "%27";
            case '<':
                return "%3C";
            case '>':
                return "%3E";
            case '\\':
                return "%5C";
            case '^':
                return "%5E";
            case '`':
                return "%60";
            case '{':
                return "%7B";
            case '|':
                return "%7C";
            case '}':
                return "%7D";
            default:
                return null;
        }
    }

    private static String autoEscape(String rest) {
        StringBuilder out = null;
        for (int i = 0; i < rest.length(); i++) {
            String e = escapeOf(rest.charAt(i));
            if (e != null) {
                if (out == null) {
                    out = new StringBuilder(rest.length() + 16).append(rest, 0, i);
                }
                out.append(e);
            } else if (out != null) {
                out.append(rest.charAt(i));
            }
        }
        return out == null ? rest : out.toString();
    }

    /**
     * {@code Url.prototype.format} escapes the user info with Node's {@code encodeStr}, which throws when the last
     * code unit is a surrogate it reads as the start of a pair.
     */
    private static void checkAuthEncodable(String auth) {
        int len = auth.length();
        for (int i = 0; i < len; i++) {
            char c = auth.charAt(i);
            if (c >= 0xD800 && c < 0xE000) {
                i++;
                if (i >= len) {
                    throw JsError.uriError();
                }
            }
        }
    }
}
