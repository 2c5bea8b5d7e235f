package org.blocklet4j.resolver;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * URL text as the reference handles it: {@code ufo}'s {@code joinURL}, WHATWG-style parsing into a
 * {@link URI} (characters {@code java.net.URI} refuses are percent-encoded first, as a browser would), relative
 * resolution and {@code decodeURIComponent}.
 */
final class Urls {
    private static final String ALLOWED = "-._~:/?#[]@!$&'()*+,;=%";

    private Urls() {
    }

    /** {@code joinURL(base, ...segments)} of ufo 1.x: empty and {@code "/"} segments are skipped. */
    static String join(String base, String... segments) {
        String url = base;
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals("/")) {
                continue;
            }
            if (url.isEmpty()) {
                url = segment;
            } else {
                String s = segment.startsWith("./") ? segment.substring(2)
                        : segment.startsWith("/") ? segment.substring(1) : segment;
                url = (url.endsWith("/") ? url : url + "/") + s;
            }
        }
        return url;
    }

    /**
     * {@code new URL(text)}: an absolute URL, or empty where the reference throws {@code Invalid URL}. Spaces,
     * {@code ^}, {@code |}, non-ASCII and the like are percent-encoded (UTF-8); {@code %} is kept as it is.
     */
    static Optional<URI> parse(String text) {
        try {
            URI uri = new URI(encode(text));
            if (!uri.isAbsolute() || uri.getScheme() == null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code new URL(ref, base).href}, empty where the reference throws; leading {@code ..} segments stop at the root. */
    static Optional<String> resolve(String ref, String base) {
        Optional<URI> b = parse(base);
        if (b.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI resolved = b.get().resolve(new URI(encode(ref)));
            String path = resolved.getRawPath();
            boolean file = scheme(resolved).equals("file") && resolved.getRawAuthority() == null;
            if (resolved.isOpaque() || path == null || !path.startsWith("/..") && !file) {
                return Optional.of(resolved.toString());
            }
            // WHATWG URLs stop ".." at the root and write file URLs with an empty host; java.net.URI does neither.
            while (path.startsWith("/../") || path.equals("/..")) {
                path = path.length() == 3 ? "/" : path.substring(3);
            }
            StringBuilder out = new StringBuilder(resolved.getScheme()).append(':');
            if (resolved.getRawAuthority() != null || file) {
                out.append("//").append(resolved.getRawAuthority() == null ? "" : resolved.getRawAuthority());
            }
            out.append(path);
            if (resolved.getRawQuery() != null) {
                out.append('?').append(resolved.getRawQuery());
            }
            if (resolved.getRawFragment() != null) {
                out.append('#').append(resolved.getRawFragment());
            }
            return Optional.of(out.toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The scheme in the reference's terms ({@code protocol} without the colon), lower-cased. */
    static String scheme(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code decodeURIComponent(text)}: every {@code %XX} decoded as UTF-8.
     *
     * @throws IllegalArgumentException {@code URI malformed}, as the reference's URIError says
     */
    static String decodeComponent(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            bytes.reset();
            while (i < text.length() && text.charAt(i) == '%') {
                if (i + 3 > text.length()) {
                    throw new IllegalArgumentException("URI malformed");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("URI malformed");
                }
                bytes.write(hi << 4 | lo);
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException("URI malformed", e);
            }
        }
        return out.toString();
    }

    /** Percent-encodes what {@code java.net.URI} refuses but a WHATWG parser accepts (or encodes itself). */
    static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c < 0x80 && (Character.isLetterOrDigit(c) || ALLOWED.indexOf(c) >= 0);
            if (ok) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                cp = 0xFFFD;
            }
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out == null ? text : out.toString();
    }
}
