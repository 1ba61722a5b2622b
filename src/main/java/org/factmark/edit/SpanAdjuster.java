package org.factmark.edit;

import java.util.Optional;

/**
 * Moves one boundary of a span from the keyboard, by word or by character. A word is a run of letters,
 * digits and combining marks, joined across inner punctuation such as the comma in "1,200", the apostrophe
 * in "Israel’s" or the hyphen in "Iran-backed". The span never becomes empty, and a moved boundary stays in
 * its paragraph (its line): a move that would cross a line break does nothing.
 */
public final class SpanAdjuster {
    public enum Edge { START, END }

    private SpanAdjuster() {
    }

    /** The new {@code [start, end)}, or empty when the move would leave nothing or go past the text. */
    public static Optional<int[]> move(String text, int start, int end, Edge edge, boolean forward, boolean byWord) {
        int s = start;
        int e = end;
        if (edge == Edge.START) {
            s = byWord ? (forward ? nextWordStart(text, s) : previousWordStart(text, s)) : step(text, s, forward);
            // the start stays on a character of its paragraph
            if (s < paragraphStart(text, start) || s >= paragraphEnd(text, start)) {
                return Optional.empty();
            }
        } else {
            e = byWord ? (forward ? nextWordEnd(text, e) : previousWordEnd(text, e)) : step(text, e, forward);
            // the end stays just after a character of the paragraph of the span's last character
            if (end > 0 && (e <= paragraphStart(text, end - 1) || e > paragraphEnd(text, end - 1))) {
                return Optional.empty();
            }
        }
        if (s >= e || (s == start && e == end)) {
            return Optional.empty();
        }
        return Optional.of(new int[] {s, e});
    }

    /** Where the paragraph holding the character at {@code at} begins. */
    private static int paragraphStart(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /** Where the paragraph holding the character at {@code at} ends: its line break, or the end of the text. */
    private static int paragraphEnd(String text, int at) {
        int br = text.indexOf('\n', at);
        return br < 0 ? text.length() : br;
    }

    private static int step(String text, int at, boolean forward) {
        if (forward) {
            return at >= text.length() ? at : at + Character.charCount(text.codePointAt(at));
        }
        return at <= 0 ? at : at - Character.charCount(text.codePointBefore(at));
    }

    private static int previousWordStart(String text, int at) {
        int i = at;
        while (i > 0 && !isWordBefore(text, i)) {
            i = step(text, i, false);
        }
        while (i > 0 && isWordBefore(text, i)) {
            i = step(text, i, false);
        }
        return i;
    }

    private static int nextWordStart(String text, int at) {
        int i = at;
        while (i < text.length() && isWordAt(text, i)) {
            i = step(text, i, true);
        }
        while (i < text.length() && !isWordAt(text, i)) {
            i = step(text, i, true);
        }
        return i;
    }

    private static int nextWordEnd(String text, int at) {
        int i = at;
        while (i < text.length() && !isWordAt(text, i)) {
            i = step(text, i, true);
        }
        while (i < text.length() && isWordAt(text, i)) {
            i = step(text, i, true);
        }
        return i;
    }

    private static int previousWordEnd(String text, int at) {
        int i = at;
        while (i > 0 && isWordBefore(text, i)) {
            i = step(text, i, false);
        }
        while (i > 0 && !isWordBefore(text, i)) {
            i = step(text, i, false);
        }
        return i;
    }

    private static boolean isWordBefore(String text, int at) {
        return isWordAt(text, step(text, at, false));
    }

    static boolean isWordAt(String text, int i) {
        int cp = text.codePointAt(i);
        if (isLetterish(cp)) {
            return true;
        }
        if (",.'’-_".indexOf(cp) >= 0 && i > 0 && i + 1 < text.length()) {
            return isLetterish(text.codePointBefore(i)) && isLetterish(text.codePointAt(i + 1));
        }
        return false;
    }

    private static boolean isLetterish(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
