package org.blocklet4j.meta.internal.fix;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Domain to ASCII as Node 20's URL code does it (ada's UTS #46 processing: non-transitional, no STD3 rules,
 * no hyphen checks, joiner and bidi checks), returning {@code ""} on failure as ada does.
 *
 * <p>ASCII input, the case that matters for repository URLs, follows ada exactly: lower-casing, and for
 * {@code xn--} labels a Punycode decode whose result must be a valid label. Non-ASCII input is mapped with the
 * JDK's Unicode data (NFKC, lower case, the UTS #46 deviations and ignored characters) instead of the UTS #46
 * table, and the bidi rule is the one Node was measured to apply; rare characters can therefore differ.
 */
final class Idna {
    private static final int[] VIRAMA = {
        0x094D, 0x09CD, 0x0A4D, 0x0ACD, 0x0B4D, 0x0BCD, 0x0C4D, 0x0CCD, 0x0D3B, 0x0D3C, 0x0D4D, 0x0DCA, 0x0E3A,
        0x0EBA, 0x0F84, 0x1039, 0x103A, 0x1714, 0x1734, 0x17D2, 0x1A60, 0x1B44, 0x1BAA, 0x1BAB, 0x1BF2, 0x1BF3,
        0x2D7F, 0xA806, 0xA82C, 0xA8C4, 0xA953, 0xA9C0, 0xAAF6, 0xABED, 0x10A3F, 0x11046, 0x1107F, 0x110B9,
        0x11133, 0x11134, 0x111C0, 0x11235, 0x112EA, 0x1134D, 0x11442, 0x114C2, 0x115BF, 0x1163F, 0x116B6,
        0x1172B, 0x11839, 0x1193D, 0x1193E, 0x119E0, 0x11A34, 0x11A47, 0x11A99, 0x11C3F, 0x11D44, 0x11D45,
        0x11D97,
    };
    /** Marks a code point UTS #46 disallows; never a real code point. */
    private static final int DISALLOWED = -1;

    private Idna() {
    }

    /** ada's {@code idna::to_ascii}: the ASCII form of {@code domain}, or {@code ""} when it is not valid. */
    static String toAscii(String domain) {
        int[] mapped = map(domain);
        if (mapped == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(domain.length() + 8);
        int start = 0;
        while (start <= mapped.length) {
            int dot = start;
            while (dot < mapped.length && mapped[dot] != '.') {
                dot++;
            }
            int[] label = Arrays.copyOfRange(mapped, start, dot);
            if (label.length > 0) {
                if (label.length >= 4 && label[0] == 'x' && label[1] == 'n' && label[2] == '-' && label[3] == '-') {
                    StringBuilder ascii = new StringBuilder(label.length);
                    for (int c : label) {
                        if (c >= 0x80) {
                            return "";
                        }
                        ascii.append((char) c);
                    }
                    int[] decoded = Punycode.decode(ascii.substring(4));
                    if (decoded == null || !allScalarValues(decoded)) {
                        return "";
                    }
                    int[] remapped = map(new String(decoded, 0, decoded.length));
                    if (remapped == null || remapped.length == 0 || !isLabelValid(remapped)) {
                        return "";
                    }
                    out.append(ascii);
                } else {
                    if (!isLabelValid(label)) {
                        return "";
                    }
                    if (isAscii(label)) {
                        for (int c : label) {
                            out.append((char) c);
                        }
                    } else {
                        out.append("xn--").append(Punycode.encode(label));
                    }
                }
            }
            if (dot < mapped.length) {
                out.append('.');
            }
            start = dot + 1;
        }
        return out.toString();
    }

    private static boolean allScalarValues(int[] cps) {
        for (int c : cps) {
            if (c > 0x10FFFF || c >= 0xD800 && c <= 0xDFFF) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(int[] cps) {
        for (int c : cps) {
            if (c >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** UTS #46 mapping then NFC, as code points; null when a disallowed code point is present. */
    private static int @org.jspecify.annotations.Nullable [] map(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            int[] out = new int[s.length()];
            for (int i = 0; i < out.length; i++) {
                char c = s.charAt(i);
                out[i] = c >= 'A' && c <= 'Z' ? c + 32 : c;
            }
            return out;
        }
        StringBuilder mapped = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String m = mapCodePoint(cp);
            if (m == null) {
                return null;
            }
            mapped.append(m);
        }
        String nfc = Normalizer.normalize(mapped, Normalizer.Form.NFC);
        return nfc.codePoints().toArray();
    }

    private static @org.jspecify.annotations.Nullable String mapCodePoint(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
        }
        switch (cp) {
            case 0x00DF, 0x03C2, 0x200C, 0x200D:
                return new String(Character.toChars(cp));
            case 0x1E9E:
                return "ss";
            case 0x3002, 0xFF0E, 0xFF61:
                return ".";
            case 0x00AD, 0x034F, 0x180B, 0x180C, 0x180D, 0x180F, 0x200B, 0x2060, 0x2064, 0xFEFF:
                return "";
            default:
                break;
        }
        if (cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x1BCA0 && cp <= 0x1BCA3) {
            return "";
        }
        if (isDisallowed(cp)) {
            return null;
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        // Case folding, approximated: upper then lower case (U+0345 folds to ι that way); Cherokee folds to
        // its capitals.
        boolean cherokee = cp >= 0x13A0 && cp <= 0x13FD || cp >= 0xAB70 && cp <= 0xABBF;
        String folded = cherokee ? s.toUpperCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        folded = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        if (folded.indexOf('.') >= 0) {
            return null;
        }
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 0x80 && isDisallowed(c)) {
                return null;
            }
        }
        return folded;
    }

    private static boolean isDisallowed(int cp) {
        if (cp > 0x10FFFF || (cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF || cp == 0xFFFD
                || cp == 0xFFFC) {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UNASSIGNED, Character.SURROGATE, Character.PRIVATE_USE, Character.CONTROL,
                    Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR:
                return true;
            default:
                // Hangul fillers are disallowed in UTS #46.
                return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
        }
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isVirama(int cp) {
        return Arrays.binarySearch(VIRAMA, cp) >= 0;
    }

    private static boolean isLabelValid(int[] label) {
        if (label.length == 0) {
            return true;
        }
        for (int c : label) {
            if (c == '.' || c >= 0x80 && isDisallowed(c) && c != 0x200C && c != 0x200D) {
                return false;
            }
        }
        if (isMark(label[0])) {
            return false;
        }
        for (int i = 0; i < label.length; i++) {
            int c = label[i];
            if (c == 0x200C || c == 0x200D) {
                if (i > 0 && isVirama(label[i - 1])) {
                    return true;
                }
                if (c == 0x200D || i == 0 || i + 1 >= label.length) {
                    return false;
                }
                return joinsBefore(label, i) && joinsAfter(label, i);
            }
        }
        return bidiAllows(label);
    }

    private static boolean joinsBefore(int[] label, int at) {
        for (int j = 0; j < at; j++) {
            if (isDualJoining(label[j]) || label[j] == 0xA872) {
                return true;
            }
        }
        return false;
    }

    private static boolean joinsAfter(int[] label, int at) {
        for (int j = at + 1; j < label.length; j++) {
            int c = label[j];
            if (isDualJoining(c) || isRightJoining(c)) {
                return true;
            }
        }
        return false;
    }

    /** Arabic-script letters other than the right-joining ones; an approximation of Joining_Type=D. */
    private static boolean isDualJoining(int c) {
        return (c >= 0x620 && c <= 0x64A || c >= 0x66E && c <= 0x6D3 || c >= 0x6FA && c <= 0x6FF
                || c >= 0x710 && c <= 0x74F || c >= 0x750 && c <= 0x77F || c >= 0x1820 && c <= 0x18AA
                || c >= 0xA840 && c <= 0xA871) && !isRightJoining(c) && Character.isLetter(c);
    }

    private static boolean isRightJoining(int c) {
        switch (c) {
            case 0x622, 0x623, 0x624, 0x625, 0x627, 0x629, 0x62F, 0x630, 0x631, 0x632, 0x648, 0x671, 0x672,
                    0x673, 0x675, 0x676, 0x677, 0x6C0, 0x6C3, 0x6C4, 0x6C5, 0x6C6, 0x6C7, 0x6C8, 0x6C9, 0x6CA,
                    0x6CB, 0x6CD, 0x6CF, 0x6D2, 0x6D3, 0x6D5, 0x6EE, 0x6EF, 0x710, 0x715, 0x716, 0x717, 0x718,
                    0x719, 0x71E, 0x728, 0x72A, 0x72C, 0x72F, 0x74D, 0x759, 0x75A, 0x75B:
                return true;
            default:
                return c >= 0x688 && c <= 0x699;
        }
    }

    private static boolean bidiAllows(int[] label) {
        boolean rtlLabel = false;
        for (int c : label) {
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
                rtlLabel = true;
                break;
            }
        }
        if (!rtlLabel) {
            return true;
        }
        boolean hasEn = false;
        boolean hasAn = false;
        for (int c : label) {
            byte d = Character.getDirectionality(c);
            hasEn |= d == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
            hasAn |= d == Character.DIRECTIONALITY_ARABIC_NUMBER;
        }
        if (hasEn && hasAn) {
            return false;
        }
        byte first = Character.getDirectionality(label[0]);
        if (first != Character.DIRECTIONALITY_RIGHT_TO_LEFT && first != Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                && first != Character.DIRECTIONALITY_ARABIC_NUMBER) {
            return true;
        }
        int last = label.length - 1;
        while (last > 0 && Character.getDirectionality(label[last]) == Character.DIRECTIONALITY_NONSPACING_MARK) {
            last--;
        }
        for (int i = 0; i <= last; i++) {
            switch (Character.getDirectionality(label[i])) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                        Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_EUROPEAN_NUMBER,
                        Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
                        Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR,
                        Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR, Character.DIRECTIONALITY_OTHER_NEUTRALS,
                        Character.DIRECTIONALITY_BOUNDARY_NEUTRAL, Character.DIRECTIONALITY_NONSPACING_MARK:
                    break;
                default:
                    return false;
            }
        }
        switch (Character.getDirectionality(label[last])) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                    Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_EUROPEAN_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
