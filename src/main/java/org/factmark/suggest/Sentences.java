package org.factmark.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news prose into sentences by rule: a line break always ends one; so does a full stop, question or
 * exclamation mark (with any closing quotes and brackets after it) followed by space and a capital, a digit or
 * an opening quote, unless the word before the stop is a known abbreviation or an initial. Linear in the text;
 * a sentence longer than {@link #LONGEST} characters is cut at a space, so no later rule sees more at once.
 */
public final class Sentences {
    /** The longest sentence handed on, in UTF-16 units; longer runs (tables, dumps) are cut. */
    public static final int LONGEST = 4000;

    private static final Set<String> ABBREVIATIONS = Set.copyOf(java.util.List.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "col",
            "lt", "sgt", "capt", "gov", "sen", "rep", "jr", "sr", "vs", "no", "nos", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co", "corp", "u.s", "u.k",
            "u.n", "e.g", "i.e", "etc", "approx", "dept", "est", "fig", "rev", "hon", "mt", "ft", "gov't", "cmdr",
            "adm", "maj", "pres", "supt", "messrs", "a.m", "p.m", "d.c"));

    /** A sentence: UTF-16 offsets, end exclusive. */
    public record Span(int start, int end) {
    }

    private Sentences() {
    }

    public static List<Span> split(String text, Runnable checkpoint) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                checkpoint.run();
            }
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, out);
                start = i + 1;
            } else if (isStop(c)) {
                int after = i + 1;
                while (after < n && isCloser(text.charAt(after))) {
                    after++;
                }
                if (endsHere(text, i, after)) {
                    add(text, start, after, out);
                    start = after;
                    i = after - 1;
                }
            } else if (i - start >= LONGEST && Character.isWhitespace(c)) {
                add(text, start, i, out);
                start = i + 1;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == '۔' || c == '。';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '›'
                || c == '!' || c == '?' || c == '.';
    }

    private static boolean endsHere(String text, int stop, int after) {
        int n = text.length();
        if (after >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(after))) {
            return false;
        }
        int next = after;
        while (next < n && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= n || text.charAt(next) == '\n') {
            return true;
        }
        char first = text.charAt(next);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'«(‹[".indexOf(first) >= 0
                || Character.isLetter(first) && !Character.isLowerCase(first) && !Character.isUpperCase(first);
        if (!opens) {
            return false;
        }
        return text.charAt(stop) != '.' || !abbreviationBefore(text, stop);
    }

    /** Whether the word ending at the full stop is an initial ("J.") or a known abbreviation ("Dr."). */
    private static boolean abbreviationBefore(String text, int stop) {
        int from = stop;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.'
                || text.charAt(from - 1) == '\'') && stop - from < 12) {
            from--;
        }
        String word = text.substring(from, stop);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(String text, int from, int to, List<Span> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Span(from, to));
        }
    }
}
