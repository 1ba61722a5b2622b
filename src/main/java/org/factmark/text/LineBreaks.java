package org.factmark.text;

import com.ibm.icu.text.BreakIterator;
import java.util.Locale;

/**
 * The line-break opportunities of one text (UAX #14, with dictionaries for Thai and the like): places where a
 * line may end, such as after a space or between two Chinese characters. Not for use by two threads at once.
 */
public final class LineBreaks {
    private final BreakIterator lines;
    private final int length;

    public LineBreaks(String text) {
        lines = BreakIterator.getLineInstance(Locale.ROOT);
        lines.setText(text);
        length = text.length();
    }

    /**
     * The first opportunity {@code q} with {@code from <= q < limit} at which a line may break before the
     * character at {@code q}, or -1 if there is none (the text's start and end are no opportunities).
     */
    public int firstIn(int from, int limit) {
        if (from >= limit || from >= length) {
            return -1;
        }
        int q = from <= 0 ? lines.following(0) : lines.following(from - 1);
        return q != BreakIterator.DONE && q > 0 && q < limit && q < length ? q : -1;
    }
}
