package org.blocklet4j.meta.internal.idna;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The domain-to-ASCII step of the URL parser behind the reference's {@code new URL('http://' + domain)} (ada 2.9.2
 * in Node 20): UTS 46 non-transitional mapping, NFC, and per label either an {@code xn--} check, an ASCII copy, or
 * ada's label validity (no leading combining mark, CheckJoiners, ada's reading of CheckBidi) and Punycode. The
 * per-code-point data ({@code idna.txt}) is taken from that parser by {@code conformance/reference/tables/idna.js}.
 * NFC is the JDK's, whose Unicode version is older than the reference's; characters added since then can be
 * normalised differently.
 *
 * <p>Node 20's legacy {@code url.parse} and its WHATWG {@code URL} hand hosts to the same function, so this one
 * class serves the e-mail rule and hosted-git-info's URL parsing alike.
 *
 * <p>This class has no state; it is safe to call from any thread.
 */
public final class AdaIdna {
    private static final byte VALID = 0;
    private static final byte IGNORED = 1;
    private static final byte DISALLOWED = 2;
    private static final byte MAPPED = 3;

    /** Bidi groups: the classes ada's checks tell apart. */
    private static final byte OTHER = 0;
    private static final byte L = 1;
    private static final byte R = 2; // R or AL
    private static final byte AN = 3;
    private static final byte EN = 4;
    private static final byte NSM = 5;
    private static final byte NEUTRAL = 6; // ES, CS, ET, ON, BN

    private static final Ranges MAP;
    private static final int[][] MAPPINGS;
    private static final Ranges BIDI;
    private static final Ranges COMBINING;
    private static final Ranges VIRAMA;
    private static final Ranges JOIN_LEFT;
    private static final Ranges JOIN_RIGHT;

    static {
        Builder map = new Builder();
        List<int[]> mappings = new ArrayList<>();
        Builder bidi = new Builder();
        Builder combining = new Builder();
        Builder virama = new Builder();
        Builder joinLeft = new Builder();
        Builder joinRight = new Builder();
        try (InputStream in = AdaIdna.class.getResourceAsStream("idna.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource idna.txt");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            String section = "";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    section = line.substring(1, line.length() - 1);
                    continue;
                }
                String[] parts = line.split(" ");
                String[] bounds = parts[0].split("-");
                int start = Integer.parseInt(bounds[0], 16);
                int end = bounds.length > 1 ? Integer.parseInt(bounds[1], 16) : start;
                switch (section) {
                    case "map" -> {
                        switch (parts[1]) {
                            case "V" -> map.add(start, end, VALID);
                            case "I" -> map.add(start, end, IGNORED);
                            case "X" -> map.add(start, end, DISALLOWED);
                            default -> {
                                int[] to = new int[parts.length - 2];
                                for (int k = 0; k < to.length; k++) {
                                    to[k] = Integer.parseInt(parts[k + 2], 16);
                                }
                                map.add(start, end, MAPPED + mappings.size());
                                mappings.add(to);
                            }
                        }
                    }
                    case "bidi" -> bidi.add(start, end, "?LRAENU".indexOf(parts[1].charAt(0)));
                    case "combining" -> combining.add(start, end, 1);
                    case "virama" -> virama.add(start, end, 1);
                    case "joinLeft" -> joinLeft.add(start, end, 1);
                    case "joinRight" -> joinRight.add(start, end, 1);
                    default -> throw new IllegalStateException("unknown section " + section);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MAP = map.build();
        MAPPINGS = mappings.toArray(new int[0][]);
        BIDI = bidi.build();
        COMBINING = combining.build();
        VIRAMA = virama.build();
        JOIN_LEFT = joinLeft.build();
        JOIN_RIGHT = joinRight.build();
    }

    private AdaIdna() {
    }

    /** {@code ada::idna::to_ascii}: the ASCII form of {@code domain}, or null where ada fails (its empty result). */
    public static @Nullable String toAscii(String domain) {
        int[] input = domain.codePoints().map(cp -> cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp).toArray();
        if (input.length == 0) {
            return null;
        }
        boolean ascii = Arrays.stream(input).allMatch(cp -> cp < 0x80);
        int[] mapped = map(input);
        if (mapped == null) {
            return null;
        }
        int[] text = ascii ? mapped : normalize(mapped);
        StringBuilder out = new StringBuilder();
        int labelStart = 0;
        while (labelStart != text.length) {
            int dot = labelStart;
            while (dot < text.length && text[dot] != '.') {
                dot++;
            }
            boolean isLast = dot == text.length;
            int[] label = Arrays.copyOfRange(text, labelStart, dot);
            labelStart = isLast ? dot : dot + 1;
            if (label.length == 0) {
                // nothing to do
            } else if (label.length >= 4 && label[0] == 'x' && label[1] == 'n' && label[2] == '-'
                    && label[3] == '-') {
                StringBuilder segment = new StringBuilder();
                for (int k = 4; k < label.length; k++) {
                    if (label[k] >= 0x80) {
                        return null;
                    }
                    segment.append((char) label[k]);
                }
                out.append("xn--").append(segment);
                if (!verifyXnLabel(segment.toString())) {
                    return null;
                }
            } else if (ascii || Arrays.stream(label).allMatch(cp -> cp < 0x80)) {
                // ada copies ASCII labels without checking them
                for (int cp : label) {
                    out.append((char) cp);
                }
            } else {
                if (!isLabelValid(label)) {
                    return null;
                }
                out.append("xn--");
                if (!Punycode.encode(label, out)) {
                    return null;
                }
            }
            if (!isLast) {
                out.append('.');
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** The checks on the Punycode part of an {@code xn--} label: it decodes to a valid, mapped, NFC label. */
    private static boolean verifyXnLabel(String segment) {
        int[] decoded = Punycode.decode(segment);
        if (decoded == null) {
            return false;
        }
        int[] postMap = map(decoded);
        if (postMap == null ? decoded.length != 0 : !Arrays.equals(decoded, postMap)) {
            return false;
        }
        if (decoded.length == 0) {
            return false;
        }
        if (!Arrays.equals(normalize(decoded), decoded)) {
            return false;
        }
        return isLabelValid(decoded);
    }

    /** The mapping step; null when a code point is disallowed. ASCII upper case maps to lower case. */
    private static int @Nullable [] map(int[] input) {
        int[] out = new int[input.length];
        int n = 0;
        for (int cp : input) {
            int kind;
            if (cp < 0x80) {
                kind = VALID;
                cp = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
            } else {
                kind = MAP.valueAt(cp, DISALLOWED);
            }
            if (kind == VALID) {
                out = ensure(out, n + 1);
                out[n++] = cp;
            } else if (kind == DISALLOWED) {
                return null;
            } else if (kind >= MAPPED) {
                int[] to = MAPPINGS[kind - MAPPED];
                out = ensure(out, n + to.length);
                System.arraycopy(to, 0, out, n, to.length);
                n += to.length;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] ensure(int[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    private static int[] normalize(int[] cps) {
        String s = new String(cps, 0, cps.length);
        return Normalizer.normalize(s, Normalizer.Form.NFC).codePoints().toArray();
    }

    /** ada's {@code is_label_valid}. */
    private static boolean isLabelValid(int[] label) {
        if (label.length == 0) {
            return true;
        }
        if (COMBINING.contains(label[0])) {
            return false;
        }
        for (int i = 0; i < label.length; i++) {
            if (label[i] == 0x200C) {
                // ContextJ decides the whole label (ada returns here, skipping the Bidi rule).
                if (i > 0 && VIRAMA.contains(label[i - 1])) {
                    return true;
                }
                if (i == 0 || i == label.length - 1) {
                    return false;
                }
                boolean before = false;
                for (int k = 0; k < i && !before; k++) {
                    before = JOIN_LEFT.contains(label[k]);
                }
                boolean after = false;
                for (int k = i + 1; k < label.length && !after; k++) {
                    after = JOIN_RIGHT.contains(label[k]);
                }
                return before && after;
            }
            if (label[i] == 0x200D) {
                return i > 0 && VIRAMA.contains(label[i - 1]);
            }
        }
        int lastNonNsm = label.length - 1;
        while (lastNonNsm >= 0 && direction(label[lastNonNsm]) == NSM) {
            lastNonNsm--;
        }
        if (lastNonNsm < 0) {
            return false;
        }
        boolean rtl = false;
        for (int cp : label) {
            byte d = direction(cp);
            rtl |= d == R || d == AN;
        }
        if (!rtl) {
            return true;
        }
        if (direction(label[0]) == L) {
            // ada checks the LTR rule short of the last non-NSM character and not the label's end.
            for (int i = 0; i < lastNonNsm; i++) {
                byte d = direction(label[i]);
                if (d != L && d != EN && d != NEUTRAL && d != NSM) {
                    return false;
                }
            }
            return true;
        }
        boolean hasAn = false;
        boolean hasEn = false;
        for (int i = 0; i <= lastNonNsm; i++) {
            byte d = direction(label[i]);
            if (d == EN) {
                hasEn = true;
                if (hasAn) {
                    return false;
                }
            }
            if (d == AN) {
                hasAn = true;
                if (hasEn) {
                    return false;
                }
            }
            if (d == L || d == OTHER) {
                return false;
            }
            if (i == lastNonNsm && d != R && d != AN && d != EN) {
                return false;
            }
        }
        return true;
    }

    private static byte direction(int cp) {
        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                return L;
            }
            if (cp >= '0' && cp <= '9') {
                return EN;
            }
            // White space, segment and paragraph separators; the rest of ASCII is ES, CS, ET, ON or BN.
            if (cp == 0x09 || cp == 0x0A || cp == 0x0B || cp == 0x0C || cp == 0x0D || (cp >= 0x1C && cp <= 0x20)) {
                return OTHER;
            }
            return NEUTRAL;
        }
        return (byte) BIDI.valueAt(cp, OTHER);
    }

    /** Sorted, disjoint code point ranges with a value each. */
    private static final class Ranges {
        private final int[] starts;
        private final int[] ends;
        private final int[] values;

        Ranges(int[] starts, int[] ends, int[] values) {
            this.starts = starts;
            this.ends = ends;
            this.values = values;
        }

        int valueAt(int cp, int otherwise) {
            int i = Arrays.binarySearch(starts, cp);
            if (i < 0) {
                i = -i - 2;
            }
            return i >= 0 && cp <= ends[i] ? values[i] : otherwise;
        }

        boolean contains(int cp) {
            return valueAt(cp, 0) != 0;
        }
    }

    private static final class Builder {
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int[] values = new int[64];
        private int size;

        void add(int start, int end, int value) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            values[size] = value;
            size++;
        }

        Ranges build() {
            return new Ranges(Arrays.copyOf(starts, size), Arrays.copyOf(ends, size), Arrays.copyOf(values, size));
        }
    }
}
