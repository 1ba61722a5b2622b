package org.factmark.edit;

/** Trims whitespace from both ends of a selection, so a sloppy drag still labels exactly the words. */
public final class SpanTrimmer {
    private SpanTrimmer() {
    }

    /** The trimmed [start, end) of {@code text[from, to)}; start == end when the selection is all whitespace. */
    public static int[] trim(String text, int from, int to) {
        int start = Math.max(0, Math.min(from, to));
        int end = Math.min(text.length(), Math.max(from, to));
        while (start < end) {
            int cp = text.codePointAt(start);
            if (!isBlank(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!isBlank(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return new int[] {start, end};
    }

    private static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u200B' || cp == '\uFEFF';
    }
}
