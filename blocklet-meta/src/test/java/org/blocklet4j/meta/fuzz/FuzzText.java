package org.blocklet4j.meta.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * How the fuzz targets turn the fuzzer's bytes into text, so that seed files stay plain text files.
 *
 * <p>Bytes are read as UTF-8, except that the three-byte forms of surrogates ({@code ED A0 80} to {@code ED BF BF},
 * which UTF-8 forbids) give that surrogate, so a seed can hold a lone surrogate; every other ill-formed byte gives
 * U+FFFD. A byte {@code FF}, which UTF-8 never uses, separates the parts of a target that takes several strings.
 */
final class FuzzText {
    static final byte SEPARATOR = (byte) 0xFF;

    private FuzzText() {
    }

    /** The text of {@code data}: UTF-8 with surrogates allowed. */
    static String decode(byte[] data) {
        return decode(data, 0, data.length);
    }

    /** At most {@code n} texts, split at {@link #SEPARATOR}; the last one keeps any further separators. */
    static List<String> parts(byte[] data, int n) {
        List<String> out = new ArrayList<>(n);
        int start = 0;
        for (int i = 0; i < data.length && out.size() < n - 1; i++) {
            if (data[i] == SEPARATOR) {
                out.add(decode(data, start, i));
                start = i + 1;
            }
        }
        out.add(decode(data, start, data.length));
        while (out.size() < n) {
            out.add("");
        }
        return out;
    }

    static String decode(byte[] data, int from, int to) {
        StringBuilder s = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int b = data[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3
                    : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            int cp = length == 1 ? b : length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07;
            boolean ok = length > 0 && i + length <= to;
            for (int k = 1; ok && k < length; k++) {
                int c = data[i + k] & 0xFF;
                ok = (c & 0xC0) == 0x80;
                cp = cp << 6 | c & 0x3F;
            }
            if (ok && (length == 3 && cp < 0x800 || length == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
                ok = false;
            }
            if (ok) {
                s.appendCodePoint(cp);
                i += length;
            } else {
                s.append('\uFFFD');
                i++;
            }
        }
        return s.toString();
    }
}
