package org.blocklet4j.meta.semver;

import org.blocklet4j.meta.internal.js.JsStrings;

/**
 * semver 6.3.2's {@code trimComparatorWhitespace}: removes the white space between an operator and the version it
 * modifies ({@code "> 1.2.3"} becomes {@code ">1.2.3"}). It is a linear scan that reproduces where the old
 * global {@code COMPARATORTRIM} expression matched, including how far a version reaches under the 256 and 250
 * character caps; {@link DigitRuns} remembers the last two runs of digits so that re-scanning them stays linear.
 * Ported statement by statement; an index past the end reads as "no character", as JavaScript's
 * {@code undefined} does.
 */
final class ComparatorTrim {
    private static final int NONE = -1;

    private ComparatorTrim() {
    }

    /** The two most recent digit runs seen by {@link #findDigitsEndIndex}. */
    private static final class DigitRuns {
        int start = -1;
        int end = -1;
        int previousStart = -1;
        int previousEnd = -1;
    }

    static String trimComparatorWhitespace(String range) {
        StringBuilder result = new StringBuilder(range.length());
        int copyFrom = 0;
        int cursor = 0;
        DigitRuns digitRuns = new DigitRuns();
        while (cursor < range.length()) {
            int matchStart = cursor;
            int c = at(range, cursor);
            if (c == '<' || c == '>') {
                cursor++;
            } else if (!isVersionPrefix(c) && !isVersionStart(c)) {
                cursor++;
                continue;
            }
            while (cursor < range.length() && isVersionPrefix(at(range, cursor))) {
                cursor++;
            }
            if (!isVersionStart(at(range, cursor))) {
                continue;
            }
            int whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
            if (whitespacePosition != NONE) {
                appendSlice(result, range, copyFrom, whitespacePosition);
                copyFrom = whitespacePosition + 1;
            }
            cursor = findVersionEndIndex(range, cursor, digitRuns);
        }
        appendSlice(result, range, copyFrom, range.length());
        return result.toString();
    }

    /** {@code String.prototype.slice(from, to)} for non-negative indexes. */
    private static void appendSlice(StringBuilder out, String s, int from, int to) {
        int start = Math.min(from, s.length());
        int end = Math.min(to, s.length());
        if (start < end) {
            out.append(s, start, end);
        }
    }

    private static int at(String s, int i) {
        return i >= 0 && i < s.length() ? s.charAt(i) : NONE;
    }

    private static boolean isWhitespace(int c) {
        return c != NONE && JsStrings.isWhitespace((char) c);
    }

    private static boolean isVersionPrefix(int c) {
        return c == 'v' || c == '=' || isWhitespace(c);
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentifierCharacter(int c) {
        return isDigit(c) || isLetter(c) || c == '-';
    }

    private static boolean isVersionStart(int c) {
        return isDigit(c) || c == 'x' || c == 'X' || c == '*';
    }

    private static int findDigitsEndIndex(String range, int start, int limit, DigitRuns digitRuns) {
        if (!isDigit(at(range, start))) {
            return start;
        }
        if (start >= digitRuns.start && start < digitRuns.end) {
            return Math.min(start + limit, digitRuns.end);
        }
        if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
            return Math.min(start + limit, digitRuns.previousEnd);
        }
        int end = start + 1;
        while (isDigit(at(range, end))) {
            end++;
        }
        // A failed full version can rewind from its second digit run to its first.
        digitRuns.previousStart = digitRuns.start;
        digitRuns.previousEnd = digitRuns.end;
        digitRuns.start = start;
        digitRuns.end = end;
        return Math.min(start + limit, end);
    }

    private static int findVersionNumberEndIndex(String range, int start, boolean loose, DigitRuns digitRuns) {
        if (!loose && at(range, start) == '0') {
            return start + 1;
        }
        return findDigitsEndIndex(range, start, loose ? SemverGrammar.MAX_LENGTH : SemverGrammar.MAX_LENGTH + 1,
                digitRuns);
    }

    private static int findPrereleaseIdentifierEndIndex(String range, int start, boolean loose,
            DigitRuns digitRuns) {
        // Unlike semver 7, the 6.x expression tries numeric identifiers before non-numeric ones.
        int c = at(range, start);
        if (isDigit(c)) {
            return findVersionNumberEndIndex(range, start, loose, digitRuns);
        }
        if (!isLetter(c) && c != '-') {
            return start;
        }
        int end = start + 1;
        int limit = end + SemverGrammar.MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(at(range, end))) {
            end++;
        }
        return end;
    }

    private static int findPrereleaseEndIndex(String range, int start, boolean loose, DigitRuns digitRuns) {
        boolean hyphen = at(range, start) == '-';
        if (!loose && !hyphen) {
            return start;
        }
        int identifierStart = start + (hyphen ? 1 : 0);
        int end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
        if (end == identifierStart) {
            if (!loose || !hyphen) {
                return start;
            }
            end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
        }
        while (at(range, end) == '.') {
            int next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
            if (next == end + 1) {
                break;
            }
            end = next;
        }
        return end;
    }

    private static int findBuildEndIndex(String range, int start) {
        if (at(range, start) != '+') {
            return start;
        }
        int end = start + 1;
        while (true) {
            int identifierStart = end;
            while (end - identifierStart < SemverGrammar.MAX_SAFE_BUILD_LENGTH
                    && isIdentifierCharacter(at(range, end))) {
                end++;
            }
            if (end == identifierStart) {
                return identifierStart == start + 1 ? start : end - 1;
            }
            if (at(range, end) != '.') {
                return end;
            }
            end++;
        }
    }

    private static int findLooseFullVersionEndIndex(String range, int start, DigitRuns digitRuns) {
        int end = start;
        for (int component = 0; component < 3; component++) {
            int next = findVersionNumberEndIndex(range, end, true, digitRuns);
            if (next == end) {
                return start;
            }
            end = next;
            if (component < 2) {
                if (at(range, end) != '.') {
                    return start;
                }
                end++;
            }
        }
        return findBuildEndIndex(range, findPrereleaseEndIndex(range, end, true, digitRuns));
    }

    private static int findPartialVersionComponentEndIndex(String range, int start, DigitRuns digitRuns) {
        int c = at(range, start);
        if (isDigit(c)) {
            return findVersionNumberEndIndex(range, start, false, digitRuns);
        }
        return isVersionStart(c) ? start + 1 : start;
    }

    private static int findVersionEndIndex(String range, int start, DigitRuns digitRuns) {
        int end = findLooseFullVersionEndIndex(range, start, digitRuns);
        if (end != start) {
            return end;
        }
        end = findPartialVersionComponentEndIndex(range, start, digitRuns);
        for (int component = 0; component < 2; component++) {
            if (at(range, end) != '.') {
                return end;
            }
            int next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
            if (next == end + 1) {
                return end;
            }
            end = next;
        }
        return findBuildEndIndex(range, findPrereleaseEndIndex(range, end, false, digitRuns));
    }

    private static int findRemovableWhitespaceIndex(String range, int position) {
        int p = position;
        if (isWhitespace(at(range, p))) {
            p++;
        }
        int c = at(range, p);
        if (c == '<' || c == '>') {
            p++;
        }
        if (at(range, p) == '=') {
            p++;
        }
        return isWhitespace(at(range, p)) ? p : NONE;
    }
}
