package org.blocklet4j.meta.internal.format;

import java.util.Arrays;

/**
 * The {@code is-glob} 4.0.3 test in its default strict mode, including its {@code is-extglob} 2.1.1 pre-check.
 * The reference searches forward with {@code indexOf} inside its scan loop, which is quadratic on some inputs; this
 * port answers those searches from precomputed next-occurrence tables, so it is linear and gives the same results.
 *
 * <p>Stateless: every method is a pure function, safe to call from any thread.
 */
public final class IsGlob {
    private IsGlob() {
    }

    /** {@code isGlob(str)}: false for the empty string. */
    public static boolean test(String str) {
        if (str.isEmpty()) {
            return false;
        }
        if (isExtglob(str)) {
            return true;
        }
        return strictCheck(str);
    }

    /**
     * {@code isExtglob(str)}: repeatedly finds the first match of {@code /(\\).|([@?!+*]\(.*\))/} and answers true
     * when it is the second alternative; an escape ({@code \} and one character that is not a line terminator)
     * is skipped. The second alternative needs a {@code )} later on the same line, {@code .} not crossing line
     * terminators.
     */
    static boolean isExtglob(String str) {
        int n = str.length();
        // closeOnLine[i]: there is a ')' at or after i before the next line terminator.
        boolean[] closeOnLine = new boolean[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            char c = str.charAt(i);
            closeOnLine[i] = c == ')' || (!isLineTerminator(c) && closeOnLine[i + 1]);
        }
        int i = 0;
        while (i < n) {
            char c = str.charAt(i);
            if (c == '\\' && i + 1 < n && !isLineTerminator(str.charAt(i + 1))) {
                i += 2;
                continue;
            }
            if ((c == '@' || c == '?' || c == '!' || c == '+' || c == '*') && i + 1 < n && str.charAt(i + 1) == '('
                    && closeOnLine[i + 2 <= n ? i + 2 : n]) {
                return true;
            }
            i++;
        }
        return false;
    }

    private static boolean strictCheck(String str) {
        if (str.charAt(0) == '!') {
            return true;
        }
        NextIndex next = new NextIndex(str);
        int n = str.length();
        int index = 0;
        int pipeIndex = -2;
        int closeSquareIndex = -2;
        int closeCurlyIndex = -2;
        int closeParenIndex = -2;
        int backSlashIndex = -2;
        while (index < n) {
            char c = str.charAt(index);
            int c1 = charAt(str, index + 1);
            if (c == '*') {
                return true;
            }
            if (c1 == '?' && (c == ']' || c == '.' || c == '+' || c == ')')) {
                return true;
            }
            if (closeSquareIndex != -1 && c == '[' && c1 != ']') {
                if (closeSquareIndex < index) {
                    closeSquareIndex = next.indexOf(']', index);
                }
                if (closeSquareIndex > index) {
                    if (backSlashIndex == -1 || backSlashIndex > closeSquareIndex) {
                        return true;
                    }
                    backSlashIndex = next.indexOf('\\', index);
                    if (backSlashIndex == -1 || backSlashIndex > closeSquareIndex) {
                        return true;
                    }
                }
            }
            if (closeCurlyIndex != -1 && c == '{' && c1 != '}') {
                closeCurlyIndex = next.indexOf('}', index);
                if (closeCurlyIndex > index) {
                    backSlashIndex = next.indexOf('\\', index);
                    if (backSlashIndex == -1 || backSlashIndex > closeCurlyIndex) {
                        return true;
                    }
                }
            }
            if (closeParenIndex != -1 && c == '(' && c1 == '?') {
                int c2 = charAt(str, index + 2);
                if ((c2 == ':' || c2 == '!' || c2 == '=') && charAt(str, index + 3) != ')') {
                    closeParenIndex = next.indexOf(')', index);
                    if (closeParenIndex > index) {
                        backSlashIndex = next.indexOf('\\', index);
                        if (backSlashIndex == -1 || backSlashIndex > closeParenIndex) {
                            return true;
                        }
                    }
                }
            }
            if (pipeIndex != -1 && c == '(' && c1 != '|') {
                if (pipeIndex < index) {
                    pipeIndex = next.indexOf('|', index);
                }
                if (pipeIndex != -1 && charAt(str, pipeIndex + 1) != ')') {
                    closeParenIndex = next.indexOf(')', pipeIndex);
                    if (closeParenIndex > pipeIndex) {
                        backSlashIndex = next.indexOf('\\', pipeIndex);
                        if (backSlashIndex == -1 || backSlashIndex > closeParenIndex) {
                            return true;
                        }
                    }
                }
            }
            if (c == '\\') {
                int open = c1;
                index += 2;
                int close = open == '{' ? '}' : open == '(' ? ')' : open == '[' ? ']' : -1;
                if (close != -1) {
                    int found = next.indexOf((char) close, index);
                    if (found != -1) {
                        index = found + 1;
                    }
                }
                if (charAt(str, index) == '!') {
                    return true;
                }
            } else {
                index++;
            }
        }
        return false;
    }

    /** The code unit at {@code i}, or -1 past the end (JavaScript's {@code undefined}). */
    private static int charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : -1;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** {@code String.prototype.indexOf} for the few characters the scan looks for, answered in constant time. */
    private static final class NextIndex {
        private static final String CHARS = "]}\\)|";
        private final String str;
        private final int[][] tables = new int[CHARS.length()][];

        NextIndex(String str) {
            this.str = str;
        }

        int indexOf(char c, int from) {
            int k = CHARS.indexOf(c);
            int n = str.length();
            if (from >= n) {
                return -1;
            }
            int[] table = tables[k];
            if (table == null) {
                table = new int[n + 1];
                Arrays.fill(table, -1);
                for (int i = n - 1; i >= 0; i--) {
                    table[i] = str.charAt(i) == c ? i : table[i + 1];
                }
                tables[k] = table;
            }
            return table[Math.max(from, 0)];
        }
    }
}
