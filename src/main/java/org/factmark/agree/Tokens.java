package org.factmark.agree;

import java.util.Arrays;

/**
 * The tokens of a text: maximal runs of Unicode letters or digits ({@link Character#isLetterOrDigit(int)}), as
 * UTF-16 offsets. Everything else (spaces, punctuation, symbols) separates tokens and is no token itself.
 */
public final class Tokens {
    private final int[] starts;
    private final int[] ends;

    private Tokens(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    public static Tokens of(String text) {
        int[] s = new int[Math.max(16, text.length() / 6)];
        int[] e = new int[s.length];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(c = text.codePointAt(i))) {
                i += Character.charCount(c);
            }
            if (n == s.length) {
                s = Arrays.copyOf(s, n * 2);
                e = Arrays.copyOf(e, n * 2);
            }
            s[n] = start;
            e[n] = i;
            n++;
        }
        return new Tokens(Arrays.copyOf(s, n), Arrays.copyOf(e, n));
    }

    public int count() {
        return starts.length;
    }

    public int start(int token) {
        return starts[token];
    }

    public int end(int token) {
        return ends[token];
    }

    /** The first token that ends after {@code offset}: the first one a span starting there can touch. */
    int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Marks in {@code marked} every token that shares at least one character with {@code [start, end)}: a span
     * that cuts a word in two still codes that word.
     */
    void mark(int start, int end, java.util.BitSet marked) {
        for (int t = firstEndingAfter(start); t < starts.length && starts[t] < end; t++) {
            marked.set(t);
        }
    }
}
