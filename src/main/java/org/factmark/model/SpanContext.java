package org.factmark.model;

/**
 * The text around a span that the sidecar and the W3C export keep as {@code prefix} and {@code suffix}, so a
 * span can be found again after the article changes. Counted in code points, so an emoji is one character of
 * context, never half of one.
 */
public final class SpanContext {
    /** How many code points of context {@code prefix} and {@code suffix} hold. */
    public static final int LENGTH = 32;

    private SpanContext() {
    }

    /** Up to {@link #LENGTH} code points before UTF-16 offset {@code start}. */
    public static String prefix(String text, int start) {
        return text.substring(back(text, start, LENGTH), start);
    }

    /** Up to {@link #LENGTH} code points after UTF-16 offset {@code end}. */
    public static String suffix(String text, int end) {
        return text.substring(end, forward(text, end, LENGTH));
    }

    /** The UTF-16 offset {@code n} code points before {@code at}, or 0. */
    public static int back(String text, int at, int n) {
        int i = at;
        for (int k = 0; k < n && i > 0; k++) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }

    /** The UTF-16 offset {@code n} code points after {@code at}, or the end of the text. */
    public static int forward(String text, int at, int n) {
        int i = at;
        for (int k = 0; k < n && i < text.length(); k++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
