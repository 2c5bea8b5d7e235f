package org.blocklet4j.meta.internal.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * lodash 4.17 {@code camelCase}: {@code deburr}, apostrophes removed, {@code words} (the ASCII word regex, or the
 * Unicode one when the string has mixed case, digits next to letters or any character outside
 * {@code [a-zA-Z0-9 ]}), then the first word lower-cased and the others capitalised.
 *
 * <p>The word regex is matched by hand, alternative by alternative in the regex's order, over UTF-16 code units
 * as JavaScript sees them (a surrogate pair is two units; only the emoji alternative takes one), so it runs in
 * linear time and never recurses. Stateless; safe to use from any thread.
 */
public final class LodashCamelCase {
    private LodashCamelCase() {
    }

    /** {@code _.camelCase(string)}: {@code pre-install} → {@code preInstall}, {@code ABTNode} → {@code abtNode}. */
    public static String camelCase(String string) {
        String s = stripApostrophes(deburr(string));
        List<String> words = words(s);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < words.size(); i++) {
            String word = toLowerCase(words.get(i));
            out.append(i == 0 ? word : upperFirst(word));
        }
        return out.toString();
    }

    /**
     * {@code String.prototype.toLowerCase}: the JDK's full lower-casing, except that the final-sigma context is
     * worked out in one pass (the JDK looks it up again for every Σ, quadratic on long words).
     */
    static String toLowerCase(String s) {
        if (s.indexOf('\u03a3') < 0) {
            return s.toLowerCase(Locale.ROOT);
        }
        int n = s.length();
        boolean[] casedBefore = new boolean[n];
        boolean state = false;
        for (int i = 0; i < n; i++) {
            casedBefore[i] = state;
            char c = s.charAt(i);
            if (!isCaseIgnorable(c)) {
                state = isCased(c);
            }
        }
        boolean[] casedAfter = new boolean[n];
        state = false;
        for (int i = n - 1; i >= 0; i--) {
            casedAfter[i] = state;
            char c = s.charAt(i);
            if (!isCaseIgnorable(c)) {
                state = isCased(c);
            }
        }
        StringBuilder out = new StringBuilder(n);
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '\u03a3') {
                out.append(s.substring(start, i).toLowerCase(Locale.ROOT));
                out.append(casedBefore[i] && !casedAfter[i] ? '\u03c2' : '\u03c3');
                start = i + 1;
            }
        }
        out.append(s.substring(start).toLowerCase(Locale.ROOT));
        return out.toString();
    }

    private static boolean isCased(char c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }

    private static boolean isCaseIgnorable(char c) {
        switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL, Character.SURROGATE:
                return true;
            default:
                return c == '\'' || c == '.' || c == ':' || c == '\u00b7' || c == '\u2019' || c == '\u2018'
                        || c == '\u2024' || c == '\ufe52' || c == '\uff07' || c == '\uff0e' || c == '\u00ad';
        }
    }

    // ---- deburr --------------------------------------------------------------------------------------------

    private static final String[] LATIN = new String[0x180];

    static {
        String[] table = {
            "\u00c0A", "\u00c1A", "\u00c2A", "\u00c3A", "\u00c4A", "\u00c5A", "\u00e0a", "\u00e1a", "\u00e2a",
            "\u00e3a", "\u00e4a", "\u00e5a", "\u00c7C", "\u00e7c", "\u00d0D", "\u00f0d", "\u00c8E", "\u00c9E",
            "\u00caE", "\u00cbE", "\u00e8e", "\u00e9e", "\u00eae", "\u00ebe", "\u00ccI", "\u00cdI", "\u00ceI",
            "\u00cfI", "\u00eci", "\u00edi", "\u00eei", "\u00efi", "\u00d1N", "\u00f1n", "\u00d2O", "\u00d3O",
            "\u00d4O", "\u00d5O", "\u00d6O", "\u00d8O", "\u00f2o", "\u00f3o", "\u00f4o", "\u00f5o", "\u00f6o",
            "\u00f8o", "\u00d9U", "\u00daU", "\u00dbU", "\u00dcU", "\u00f9u", "\u00fau", "\u00fbu", "\u00fcu",
            "\u00ddY", "\u00fdy", "\u00ffy", "\u00c6Ae", "\u00e6ae", "\u00deTh", "\u00feth", "\u00dfss",
            "\u0100A", "\u0102A", "\u0104A", "\u0101a", "\u0103a", "\u0105a", "\u0106C", "\u0108C", "\u010aC",
            "\u010cC", "\u0107c", "\u0109c", "\u010bc", "\u010dc", "\u010eD", "\u0110D", "\u010fd", "\u0111d",
            "\u0112E", "\u0114E", "\u0116E", "\u0118E", "\u011aE", "\u0113e", "\u0115e", "\u0117e", "\u0119e",
            "\u011be", "\u011cG", "\u011eG", "\u0120G", "\u0122G", "\u011dg", "\u011fg", "\u0121g", "\u0123g",
            "\u0124H", "\u0126H", "\u0125h", "\u0127h", "\u0128I", "\u012aI", "\u012cI", "\u012eI", "\u0130I",
            "\u0129i", "\u012bi", "\u012di", "\u012fi", "\u0131i", "\u0134J", "\u0135j", "\u0136K", "\u0137k",
            "\u0138k", "\u0139L", "\u013bL", "\u013dL", "\u013fL", "\u0141L", "\u013al", "\u013cl", "\u013el",
            "\u0140l", "\u0142l", "\u0143N", "\u0145N", "\u0147N", "\u014aN", "\u0144n", "\u0146n", "\u0148n",
            "\u014bn", "\u014cO", "\u014eO", "\u0150O", "\u014do", "\u014fo", "\u0151o", "\u0154R", "\u0156R",
            "\u0158R", "\u0155r", "\u0157r", "\u0159r", "\u015aS", "\u015cS", "\u015eS", "\u0160S", "\u015bs",
            "\u015ds", "\u015fs", "\u0161s", "\u0162T", "\u0164T", "\u0166T", "\u0163t", "\u0165t", "\u0167t",
            "\u0168U", "\u016aU", "\u016cU", "\u016eU", "\u0170U", "\u0172U", "\u0169u", "\u016bu", "\u016du",
            "\u016fu", "\u0171u", "\u0173u", "\u0174W", "\u0175w", "\u0176Y", "\u0177y", "\u0178Y", "\u0179Z",
            "\u017bZ", "\u017dZ", "\u017az", "\u017cz", "\u017ez", "\u0132IJ", "\u0133ij", "\u0152Oe", "\u0153oe",
            "\u0149'n", "\u017fs",
        };
        for (String entry : table) {
            LATIN[entry.charAt(0)] = entry.substring(1);
        }
    }

    private static boolean isComboMark(char c) {
        return c >= '\u0300' && c <= '\u036f' || c >= '\ufe20' && c <= '\ufe2f' || c >= '\u20d0' && c <= '\u20ff';
    }

    /**
     * {@code _.deburr}: Latin-1 Supplement and Latin Extended-A letters to basic Latin (× and ÷ stay), combining
     * marks removed.
     */
    static String deburr(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean latin = c >= '\u00c0' && c <= '\u00d6' || c >= '\u00d8' && c <= '\u00f6'
                    || c >= '\u00f8' && c <= '\u00ff' || c >= '\u0100' && c <= '\u017f';
            if (latin) {
                String m = LATIN[c];
                out.append(m == null ? "undefined" : m);
            } else {
                out.append(c);
            }
        }
        // The combining marks go in a second pass, after the Latin replacements, as lodash does.
        StringBuilder result = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            if (!isComboMark(out.charAt(i))) {
                result.append(out.charAt(i));
            }
        }
        return result.toString();
    }

    private static String stripApostrophes(String s) {
        if (s.indexOf('\'') < 0 && s.indexOf('\u2019') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\'' && c != '\u2019') {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- words ---------------------------------------------------------------------------------------------

    /** {@code _.words(string)} with the default pattern. */
    static List<String> words(String s) {
        return hasUnicodeWord(s) ? unicodeWords(s) : asciiWords(s);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/}. */
    static boolean hasUnicodeWord(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!isAsciiLetter(c) && !isDigit(c) && c != ' ') {
                return true;
            }
            if (i + 1 < n) {
                char d = s.charAt(i + 1);
                if (c >= 'a' && c <= 'z' && d >= 'A' && d <= 'Z' || isDigit(c) && isAsciiLetter(d)
                        || isAsciiLetter(c) && isDigit(d)) {
                    return true;
                }
                if (i + 2 < n && c >= 'A' && c <= 'Z' && d >= 'A' && d <= 'Z') {
                    char e = s.charAt(i + 2);
                    if (e >= 'a' && e <= 'z') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** {@code /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g}. */
    private static List<String> asciiWords(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && isAsciiBreak(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isAsciiBreak(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    private static boolean isAsciiBreak(char c) {
        return c <= 0x2f || c >= 0x3a && c <= 0x40 || c >= 0x5b && c <= 0x60 || c >= 0x7b && c <= 0x7f;
    }

    // Character classes of lodash's unicode word regex, on UTF-16 code units.

    static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z' || c >= '\u00c0' && c <= '\u00d6' || c >= '\u00d8' && c <= '\u00de';
    }

    static boolean isLower(char c) {
        return c >= 'a' && c <= 'z' || c >= '\u00df' && c <= '\u00f6' || c >= '\u00f8' && c <= '\u00ff';
    }

    static boolean isBreak(char c) {
        if (c <= 0x2f || c >= 0x3a && c <= 0x40 || c >= 0x5b && c <= 0x60 || c >= 0x7b && c <= 0xbf) {
            return true;
        }
        if (c == '\u00ac' || c == '\u00b1' || c == '\u00d7' || c == '\u00f7') {
            return true;
        }
        if (c >= '\u2000' && c <= '\u206f') {
            return true;
        }
        return c == '\u1680' || c == '\u180e' || c == '\u3000' || c == '\ufeff';
    }

    private static boolean isAstral(char c) {
        return c >= '\ud800' && c <= '\udfff';
    }

    private static boolean isDingbat(char c) {
        return c >= '\u2700' && c <= '\u27bf';
    }

    /** {@code rsMisc}: none of astral, break, digit, {@code +}, dingbat, lower, upper. */
    static boolean isMisc(char c) {
        return !isAstral(c) && !isBreak(c) && !isDigit(c) && c != '+' && !isDingbat(c) && !isLower(c)
                && !isUpper(c);
    }

    private static boolean isMiscLower(char c) {
        return isLower(c) || isMisc(c);
    }

    private static boolean isMiscUpper(char c) {
        return isUpper(c) || isMisc(c);
    }

    /** {@code _unicodeWords}: the matches of lodash's {@code reUnicodeWord}, in order. */
    static List<String> unicodeWords(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int end = matchWordAt(s, i);
            if (end > i) {
                out.add(s.substring(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The end of the word regex's match starting exactly at {@code i}, or -1. */
    private static int matchWordAt(String s, int i) {
        int e;
        if ((e = upperLowerWord(s, i)) >= 0) {
            return e;
        }
        if ((e = miscUpperWord(s, i)) >= 0) {
            return e;
        }
        if ((e = miscLowerWord(s, i)) >= 0) {
            return e;
        }
        if ((e = upperWord(s, i)) >= 0) {
            return e;
        }
        if ((e = ordinal(s, i, true)) >= 0) {
            return e;
        }
        if ((e = ordinal(s, i, false)) >= 0) {
            return e;
        }
        if (i < s.length() && isDigit(s.charAt(i))) {
            int j = i;
            while (j < s.length() && isDigit(s.charAt(j))) {
                j++;
            }
            return j;
        }
        return emoji(s, i);
    }

    private static boolean at(String s, int i, char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    /** {@code rsOptContrLower} / {@code rsOptContrUpper}: the end after a contraction at {@code j}, or -1. */
    private static int contraction(String s, int j, boolean upper) {
        if (!(at(s, j, '\'') || at(s, j, '\u2019'))) {
            return -1;
        }
        String[] forms = upper ? new String[] {"D", "LL", "M", "RE", "S", "T", "VE"}
                : new String[] {"d", "ll", "m", "re", "s", "t", "ve"};
        for (String f : forms) {
            if (s.startsWith(f, j + 1)) {
                return j + 1 + f.length();
            }
        }
        return -1;
    }

    /** {@code (?=rsBreak|rsUpper|$)}. */
    private static boolean lookBreakOrUpper(String s, int j) {
        return j == s.length() || isBreak(s.charAt(j)) || isUpper(s.charAt(j));
    }

    /** {@code (?=rsBreak|rsUpper rsMiscLower|$)}. */
    private static boolean lookBreakOrUpperThenLower(String s, int j) {
        return j == s.length() || isBreak(s.charAt(j))
                || isUpper(s.charAt(j)) && j + 1 < s.length() && isMiscLower(s.charAt(j + 1));
    }

    /** {@code rsUpper? rsLower+ rsOptContrLower (?=rsBreak|rsUpper|$)}. */
    private static int upperLowerWord(String s, int i) {
        int j = i;
        if (j < s.length() && isUpper(s.charAt(j))) {
            j++;
        }
        int start = j;
        while (j < s.length() && isLower(s.charAt(j))) {
            j++;
        }
        if (j == start) {
            return -1;
        }
        int c = contraction(s, j, false);
        if (c >= 0 && lookBreakOrUpper(s, c)) {
            return c;
        }
        // Shorter runs of lower-case letters are followed by a lower-case letter, which the lookahead rejects.
        return lookBreakOrUpper(s, j) ? j : -1;
    }

    /** {@code rsMiscUpper+ rsOptContrUpper (?=rsBreak|rsUpper rsMiscLower|$)}. */
    private static int miscUpperWord(String s, int i) {
        int j = i;
        while (j < s.length() && isMiscUpper(s.charAt(j))) {
            j++;
        }
        if (j == i) {
            return -1;
        }
        int c = contraction(s, j, true);
        if (c >= 0 && lookBreakOrUpperThenLower(s, c)) {
            return c;
        }
        if (lookBreakOrUpperThenLower(s, j)) {
            return j;
        }
        // Backtracking: an end k inside the run only passes when an upper-case letter followed by a
        // misc-lower character starts there (the run's characters are neither breaks nor apostrophes).
        for (int k = j - 1; k > i; k--) {
            if (isUpper(s.charAt(k)) && isMiscLower(s.charAt(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** {@code rsUpper? rsMiscLower+ rsOptContrLower}. */
    private static int miscLowerWord(String s, int i) {
        int j = i;
        if (j < s.length() && isUpper(s.charAt(j))) {
            j++;
        }
        int start = j;
        while (j < s.length() && isMiscLower(s.charAt(j))) {
            j++;
        }
        if (j == start) {
            return -1;
        }
        int c = contraction(s, j, false);
        return c >= 0 ? c : j;
    }

    /** {@code rsUpper+ rsOptContrUpper}. */
    private static int upperWord(String s, int i) {
        int j = i;
        while (j < s.length() && isUpper(s.charAt(j))) {
            j++;
        }
        if (j == i) {
            return -1;
        }
        int c = contraction(s, j, true);
        return c >= 0 ? c : j;
    }

    private static boolean isAsciiWordChar(char c) {
        return isAsciiLetter(c) || isDigit(c) || c == '_';
    }

    /**
     * {@code rsOrdUpper} ({@code \d*(?:1ST|2ND|3RD|(?![123])\dTH)(?=\b|[a-z_])}) or {@code rsOrdLower} (the same
     * in lower case, with {@code (?=\b|[A-Z_])}).
     */
    private static int ordinal(String s, int i, boolean upper) {
        int j = i;
        while (j < s.length() && isDigit(s.charAt(j))) {
            j++;
        }
        if (j == i) {
            return -1;
        }
        // Only the last digit of the run can start the suffix: the suffix's second character is a letter.
        int k = j - 1;
        char d = s.charAt(k);
        String suffix = d == '1' ? "ST" : d == '2' ? "ND" : d == '3' ? "RD" : "TH";
        if (!upper) {
            suffix = suffix.toLowerCase(Locale.ROOT);
        }
        if (!s.startsWith(suffix, k + 1)) {
            return -1;
        }
        int e = k + 3;
        if (e == s.length()) {
            return e;
        }
        char next = s.charAt(e);
        boolean boundary = !isAsciiWordChar(next);
        boolean allowed = next == '_' || (upper ? next >= 'a' && next <= 'z' : next >= 'A' && next <= 'Z');
        return boundary || allowed ? e : -1;
    }

    private static boolean isFitzAt(String s, int i) {
        return i + 1 < s.length() && s.charAt(i) == '\ud83c' && s.charAt(i + 1) >= '\udffb'
                && s.charAt(i + 1) <= '\udfff';
    }

    private static boolean isRegionalAt(String s, int i) {
        return i + 1 < s.length() && s.charAt(i) == '\ud83c' && s.charAt(i + 1) >= '\udde6'
                && s.charAt(i + 1) <= '\uddff';
    }

    private static boolean isRegionalPairAt(String s, int i) {
        return isRegionalAt(s, i) && isRegionalAt(s, i + 2);
    }

    private static boolean isSurrogatePairAt(String s, int i) {
        return i + 1 < s.length() && Character.isHighSurrogate(s.charAt(i))
                && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /** {@code (?:rsDingbat|rsRegional|rsSurrPair) rsSeq}. */
    private static int emoji(String s, int i) {
        int j;
        if (i < s.length() && isDingbat(s.charAt(i))) {
            j = i + 1;
        } else if (isRegionalPairAt(s, i)) {
            j = i + 4;
        } else if (isSurrogatePairAt(s, i)) {
            j = i + 2;
        } else {
            return -1;
        }
        return sequence(s, j);
    }

    /** {@code rsSeq}: {@code rsOptVar reOptMod rsOptJoin}, greedy; the end. */
    static int sequence(String s, int j) {
        j = optVarMod(s, j);
        while (at(s, j, '\u200d')) {
            int k = j + 1;
            if (k < s.length() && !isAstral(s.charAt(k))) {
                k++;
            } else if (isRegionalPairAt(s, k)) {
                k += 4;
            } else if (isSurrogatePairAt(s, k)) {
                k += 2;
            } else {
                break;
            }
            j = optVarMod(s, k);
        }
        return j;
    }

    private static int optVarMod(String s, int j) {
        if (at(s, j, '\ufe0e') || at(s, j, '\ufe0f')) {
            j++;
        }
        if (j < s.length() && isComboMark(s.charAt(j))) {
            j++;
        } else if (isFitzAt(s, j)) {
            j += 2;
        }
        return j;
    }

    // ---- upperFirst ----------------------------------------------------------------------------------------

    private static boolean hasUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200d' || isAstral(c) || isComboMark(c) || c == '\ufe0e' || c == '\ufe0f') {
                return true;
            }
        }
        return false;
    }

    /** {@code _.upperFirst}: the first symbol ({@code _unicodeToArray}'s first match) upper-cased. */
    static String upperFirst(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int end = hasUnicode(s) ? firstSymbolEnd(s) : 1;
        return s.substring(0, end).toUpperCase(Locale.ROOT) + s.substring(end);
    }

    /** {@code rsFitz(?=rsFitz) | rsSymbol rsSeq} at 0. */
    private static int firstSymbolEnd(String s) {
        if (isFitzAt(s, 0) && isFitzAt(s, 2)) {
            return 2;
        }
        int j;
        char c = s.charAt(0);
        if (!isAstral(c)) {
            j = 1;
            if (j < s.length() && isComboMark(s.charAt(j))) {
                j++;
            }
        } else if (isRegionalPairAt(s, 0)) {
            j = 4;
        } else if (isSurrogatePairAt(s, 0)) {
            j = 2;
        } else {
            j = 1;
        }
        return sequence(s, j);
    }
}
