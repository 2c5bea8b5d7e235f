package org.blocklet4j.bundle.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The image types the store accepts for a logo or a screenshot, told apart by their first bytes, not by the
 * file name. Constants are immutable and safe to share between threads.
 */
enum ImageType {
    PNG("PNG", "png"),
    JPEG("JPEG", "jpeg"),
    WEBP("WebP", "webp"),
    /** Not decoded: the store reads no dimensions from an SVG, so neither does {@link ImageCheck}. */
    SVG("SVG", null);

    /** How far into the bytes an SVG's root element may start: past BOM, XML declaration, comments, doctype. */
    static final int SVG_PREFIX = 64 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String displayName;
    private final @Nullable String imageIoFormat;

    ImageType(String displayName, @Nullable String imageIoFormat) {
        this.displayName = displayName;
        this.imageIoFormat = imageIoFormat;
    }

    /** The name people know the type by ({@code PNG}, {@code WebP}). */
    String displayName() {
        return displayName;
    }

    /** The ImageIO format name of the reader that decodes it; null for SVG. */
    @Nullable String imageIoFormat() {
        return imageIoFormat;
    }

    /** The type a file name's extension claims, case-insensitively ({@code jpg} and {@code jpeg} alike). */
    static @Nullable ImageType ofExtension(String name) {
        String ext = extension(name);
        if (ext == null) {
            return null;
        }
        return switch (ext.toLowerCase(Locale.ROOT)) {
            case "png" -> PNG;
            case "jpg", "jpeg" -> JPEG;
            case "webp" -> WEBP;
            case "svg" -> SVG;
            default -> null;
        };
    }

    /** What follows the name's last dot, or null when there is no dot or nothing after it. */
    static @Nullable String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? null : name.substring(dot + 1);
    }

    /** The type the bytes are, by their signature; null when they are none of the four. */
    static @Nullable ImageType sniff(byte[] b) {
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return PNG;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (startsWith(b, 0, b.length, "RIFF") && startsWith(b, 8, b.length, "WEBP")) {
            return WEBP;
        }
        return isSvg(b) ? SVG : null;
    }

    /**
     * Whether the bytes start, within {@link #SVG_PREFIX}, with an {@code <svg} root element: an optional UTF-8
     * byte-order mark, then any run of white space, XML declaration or processing instructions, comments and
     * one doctype (its internal subset included), then {@code <svg} followed by white space, {@code >} or
     * {@code /}. One pass, each byte looked at a bounded number of times; not an XML parser.
     */
    static boolean isSvg(byte[] b) {
        int end = Math.min(b.length, SVG_PREFIX);
        int i = 0;
        if (end >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
            i = 3;
        }
        while (true) {
            while (i < end && isXmlSpace(b[i])) {
                i++;
            }
            if (startsWith(b, i, end, "<?")) {
                i = after(b, i + 2, end, "?>");
            } else if (startsWith(b, i, end, "<!--")) {
                i = after(b, i + 4, end, "-->");
            } else if (startsWith(b, i, end, "<!DOCTYPE")) {
                i = afterDoctype(b, i + 9, end);
            } else {
                break;
            }
            if (i < 0) {
                return false;
            }
        }
        if (!startsWith(b, i, end, "<svg") || i + 4 >= end) {
            return false;
        }
        byte next = b[i + 4];
        return isXmlSpace(next) || next == '>' || next == '/';
    }

    /** The index just past the first {@code token} at or after {@code from}, or -1 when it is not before end. */
    private static int after(byte[] b, int from, int end, String token) {
        for (int i = from; i + token.length() <= end; i++) {
            if (startsWith(b, i, end, token)) {
                return i + token.length();
            }
        }
        return -1;
    }

    /** The index just past a doctype's closing {@code >}, skipping quoted strings and the {@code [...]} subset. */
    private static int afterDoctype(byte[] b, int from, int end) {
        int depth = 0;
        byte quote = 0;
        for (int i = from; i < end; i++) {
            byte c = b[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isXmlSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean startsWith(byte[] b, int at, int end, String ascii) {
        if (at + ascii.length() > end) {
            return false;
        }
        for (int k = 0; k < ascii.length(); k++) {
            if (b[at + k] != ascii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (b[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
