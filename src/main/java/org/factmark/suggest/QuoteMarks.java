package org.factmark.suggest;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of one paragraph: “curly”, "straight", «guillemets» and ‘single curly’ marks.
 * An opening mark left open at the paragraph's end quotes to its end (the news convention for a quotation
 * that runs on into the next paragraph, which opens with a mark again).
 */
final class QuoteMarks {
    /** A quotation: its marks (close is the paragraph's end when unclosed) and its words inside them. */
    record Quoted(int open, int close, int start, int end, boolean closed) {
    }

    private QuoteMarks() {
    }

    static List<Quoted> find(String text, int from, int to) {
        List<Quoted> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            char closer = closerOf(text, i, from);
            if (closer == 0) {
                i++;
                continue;
            }
            int close = findClose(text, i + 1, to, c, closer);
            if (close >= 0) {
                add(text, i, close, true, out);
                i = close + 1;
            } else {
                int reopen = c == closer || c == '‘' ? -1 : text.indexOf(c, i + 1);
                int end = reopen < 0 || reopen >= to ? to : reopen;
                add(text, i, end, false, out);
                i = end;
            }
        }
        return out;
    }

    /** The mark that closes an opening mark at {@code i}, or 0 when the character opens nothing. */
    private static char closerOf(String text, int i, int from) {
        char c = text.charAt(i);
        boolean spaceBefore = i == from || !Character.isLetterOrDigit(text.charAt(i - 1));
        return switch (c) {
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            case '"' -> spaceBefore ? '"' : 0;
            case '‘' -> spaceBefore ? '’' : 0;
            default -> 0;
        };
    }

    private static int findClose(String text, int from, int to, char open, char closer) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == closer && (closer != '’' || j + 1 >= to || !Character.isLetter(text.charAt(j + 1)))) {
                return j;
            }
            if (c == open && open != closer && open != '‘') {
                return -1; // a new opening before any close: the first was left open
            }
        }
        return -1;
    }

    private static void add(String text, int open, int close, boolean closed, List<Quoted> out) {
        int start = open + 1;
        int end = close;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start) {
            out.add(new Quoted(open, close, start, end, closed));
        }
    }
}
