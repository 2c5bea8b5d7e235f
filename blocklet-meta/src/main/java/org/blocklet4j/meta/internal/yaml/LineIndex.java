package org.blocklet4j.meta.internal.yaml;

import java.util.Arrays;

import org.blocklet4j.meta.SourcePosition;

/**
 * Turns offsets into a text into 1-based lines and columns. Lines break at LF, CR and CRLF, as js-yaml counts
 * them; columns count UTF-16 code units, as {@link SourcePosition} does, while snakeyaml-engine's marks count code
 * points, hence the table of supplementary characters.
 */
final class LineIndex {
    private final int[] lineStarts;
    private final int lineCount;
    /** Code point indices of supplementary characters (two UTF-16 units each), ascending. */
    private final int[] supplementary;
    private final int supplementaryCount;
    private final int length;

    LineIndex(String text) {
        int[] starts = new int[16];
        int lines = 1;
        int[] supp = new int[0];
        int suppCount = 0;
        int cp = 0;
        int n = text.length();
        for (int i = 0; i < n; i++, cp++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (suppCount == supp.length) {
                    supp = Arrays.copyOf(supp, Math.max(8, suppCount * 2));
                }
                supp[suppCount++] = cp;
                i++;
            }
        }
        this.lineStarts = starts;
        this.lineCount = lines;
        this.supplementary = supp;
        this.supplementaryCount = suppCount;
        this.length = n;
    }

    /** The UTF-16 offset of the code point at {@code codePointIndex}. */
    int offsetOfCodePoint(int codePointIndex) {
        if (supplementaryCount == 0) {
            return codePointIndex;
        }
        int before = Arrays.binarySearch(supplementary, 0, supplementaryCount, codePointIndex);
        if (before < 0) {
            before = -before - 1;
        }
        return codePointIndex + before;
    }

    /** The packed position ({@link SourceMap#pack}) of a UTF-16 offset. */
    long packOffset(int offset) {
        int o = Math.max(0, Math.min(offset, length));
        int line = Arrays.binarySearch(lineStarts, 0, lineCount, o);
        if (line < 0) {
            line = -line - 2;
        }
        return SourceMap.pack(line + 1, o - lineStarts[line] + 1);
    }

    /** The packed position of a code point index, as snakeyaml-engine's marks give them. */
    long packCodePoint(int codePointIndex) {
        return packOffset(offsetOfCodePoint(codePointIndex));
    }

    /** The 0-based line of a code point index. */
    int lineOfCodePoint(int codePointIndex) {
        return (int) (packCodePoint(codePointIndex) >>> 32) - 1;
    }

    /** The position of a UTF-16 offset. */
    SourcePosition position(int offset) {
        long packed = packOffset(offset);
        return new SourcePosition((int) (packed >>> 32), (int) packed);
    }

    /** The position of a code point index. */
    SourcePosition positionOfCodePoint(int codePointIndex) {
        return position(offsetOfCodePoint(codePointIndex));
    }
}
