package org.factmark.model;

import java.util.Arrays;

/** Line and column of a UTF-16 offset, by binary search over the line starts (LF only: text is normalised). */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** Zero-based line of the offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Zero-based column of the offset in code points, so an emoji counts as one column. */
    public int column(int offset) {
        int start = lineStarts[line(offset)];
        return text.codePointCount(start, Math.min(offset, text.length()));
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** "Ln 3, Col 17", one-based as editors show it. */
    public String describe(int offset) {
        return "Ln " + (line(offset) + 1) + ", Col " + (column(offset) + 1);
    }
}
