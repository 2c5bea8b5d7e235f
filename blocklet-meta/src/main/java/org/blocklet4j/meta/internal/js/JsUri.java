package org.blocklet4j.meta.internal.js;

import java.nio.charset.StandardCharsets;

/**
 * {@code encodeURIComponent} and {@code decodeURIComponent} with ECMAScript's rules: UTF-8, upper-case hex,
 * and {@code URIError: URI malformed} for a lone surrogate (encoding) or a bad escape or UTF-8 sequence
 * (decoding: truncated, overlong, a surrogate, above U+10FFFF).
 *
 * <p>This class has no state; it is safe to call from any thread.
 */
public final class JsUri {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsUri() {
    }

    /** True for the characters {@code encodeURIComponent} leaves alone: {@code A-Z a-z 0-9 - _ . ! ~ * ' ( )}. */
    public static boolean isUnreservedComponent(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || "-_.!~*'()".indexOf(c) >= 0;
    }

    /** {@code encodeURIComponent(s)}; throws {@link JsError} {@code URIError} for a lone surrogate. */
    public static String encodeURIComponent(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && isUnreservedComponent(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 16);
        out.append(s, 0, i);
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isUnreservedComponent(c)) {
                out.append(c);
                continue;
            }
            int cp;
            if (Character.isLowSurrogate(c)) {
                throw JsError.uriError();
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    throw JsError.uriError();
                }
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else {
                cp = c;
            }
            appendUtf8Escaped(out, cp);
        }
        return out.toString();
    }

    /** Appends the UTF-8 bytes of {@code cp} as {@code %XX} escapes with upper-case hex digits. */
    public static void appendUtf8Escaped(StringBuilder out, int cp) {
        byte[] bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
    }

    /** {@code decodeURIComponent(s)}; throws {@link JsError} {@code URIError} for a malformed escape. */
    public static String decodeURIComponent(String s) {
        int first = s.indexOf('%');
        if (first < 0) {
            return s;
        }
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, first);
        for (int k = first; k < n; k++) {
            char c = s.charAt(k);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int b = escapedByte(s, k);
            k += 2;
            if ((b & 0x80) == 0) {
                out.append((char) b);
                continue;
            }
            int count;
            int cp;
            int min;
            if ((b & 0xE0) == 0xC0) {
                count = 1;
                cp = b & 0x1F;
                min = 0x80;
            } else if ((b & 0xF0) == 0xE0) {
                count = 2;
                cp = b & 0x0F;
                min = 0x800;
            } else if ((b & 0xF8) == 0xF0) {
                count = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                throw JsError.uriError();
            }
            if (k + 3 * count >= n) {
                throw JsError.uriError();
            }
            for (int j = 0; j < count; j++) {
                k++;
                if (s.charAt(k) != '%') {
                    throw JsError.uriError();
                }
                int cont = escapedByte(s, k);
                if ((cont & 0xC0) != 0x80) {
                    throw JsError.uriError();
                }
                k += 2;
                cp = (cp << 6) | (cont & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                throw JsError.uriError();
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static int escapedByte(String s, int k) {
        if (k + 2 >= s.length()) {
            throw JsError.uriError();
        }
        int hi = JsStrings.hexValue(s.charAt(k + 1));
        int lo = JsStrings.hexValue(s.charAt(k + 2));
        if (hi < 0 || lo < 0) {
            throw JsError.uriError();
        }
        return (hi << 4) | lo;
    }
}
