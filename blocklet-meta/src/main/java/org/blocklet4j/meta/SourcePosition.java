package org.blocklet4j.meta;

/**
 * A place in a source file: 1-based line and 1-based column, counted in UTF-16 code units after the line break.
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param line   the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(int line, int column) {
    /** Checks that line and column start at 1. */
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
