package org.factmark.reanchor;

import java.util.OptionalInt;
import java.util.function.IntPredicate;
import org.factmark.model.CodePoints;
import org.factmark.model.SpanContext;

/**
 * The places of every pair of characters in an article, made once, so that finding a quote again costs about
 * as much as the few places it could be, not a scan of the whole article: a quote is looked for only where its
 * rarest pair of characters stands, nearest a given place first. One-character quotes are looked for outward
 * from that place. The work is bounded: at most {@value #MAX_CANDIDATES} places (and {@value #MAX_COMPARED}
 * characters compared) per search, and all searches over one index share a {@link Budget}; past either, a
 * search finds nothing.
 */
public final class TextIndex {
    /** Places tried per search, at most. */
    public static final int MAX_CANDIDATES = 10_000;
    /** What trying one place costs in budget units, besides the characters compared: about its nanoseconds. */
    static final int PLACE_COST = 100;
    /** Characters compared per search, at most. */
    public static final int MAX_COMPARED = 20_000_000;
    /** Characters of a prefix or suffix used to place a quote: twice what Factmark writes. */
    public static final int CONTEXT = 2 * SpanContext.LENGTH;
    private static final int BUCKETS = 1 << 16;
    /** How much of a long quote is read to choose its rarest pair. */
    private static final int PAIRS_READ = 4096;

    private final String text;
    private final CodePoints cp;
    private final Budget budget;
    private int[] bucketStart; // made on the first search: an unchanged article needs none
    private int[] places;

    public TextIndex(String text, CodePoints cp, Budget budget) {
        this.text = text;
        this.cp = cp;
        this.budget = budget;
    }

    /** Work shared by the searches of one reading: characters compared, places tried, fuzzy matrix cells. */
    public static final class Budget {
        /** The units one reading or one import may spend: a few seconds' work. */
        public static final long STANDARD = 600_000_000L;
        private long left;

        public Budget(long units) {
            this.left = units;
        }

        /** Takes {@code units} if that many are left; once it refuses, it refuses for good. */
        public boolean take(long units) {
            if (left < units) {
                left = -1;
                return false;
            }
            left -= units;
            return true;
        }

        public boolean spent() {
            return left < 0;
        }
    }

    public CodePoints codePoints() {
        return cp;
    }

    public Budget budget() {
        return budget;
    }

    /**
     * The UTF-16 start of the occurrence of {@code needle} whose code-point start is nearest {@code near} (the
     * lower one on a tie), that splits no surrogate pair and that {@code allowed} accepts; or nothing.
     */
    public OptionalInt nearest(String needle, long near, IntPredicate allowed) {
        int m = needle.length();
        if (m == 0 || m > text.length() || budget.spent()) {
            return OptionalInt.empty();
        }
        int from = cp.toUtf16((int) Math.max(0, Math.min(near, cp.codePointLength())));
        return m == 1 ? nearestChar(needle.charAt(0), near, from, allowed) : nearestPair(needle, near, from, allowed);
    }

    private OptionalInt nearestChar(char c, long near, int from, IntPredicate allowed) {
        int up = text.indexOf(c, from);
        int down = from == 0 ? -1 : text.lastIndexOf(c, from - 1);
        for (int tried = 0; (up >= 0 || down >= 0) && tried < MAX_CANDIDATES && budget.take(PLACE_COST); tried++) {
            boolean takeDown = up < 0 || (down >= 0 && near - cp.toCodePoint(down) <= cp.toCodePoint(up) - near);
            int at = takeDown ? down : up;
            if (fits(at, 1) && allowed.test(at)) {
                return OptionalInt.of(at);
            }
            if (takeDown) {
                down = down == 0 ? -1 : text.lastIndexOf(c, down - 1);
            } else {
                up = text.indexOf(c, up + 1);
            }
        }
        return OptionalInt.empty();
    }

    private OptionalInt nearestPair(String needle, long near, int from, IntPredicate allowed) {
        if (places == null) {
            build();
        }
        int m = needle.length();
        int offset = 0;
        int fewest = Integer.MAX_VALUE;
        int pairs = Math.min(m - 1, PAIRS_READ);
        budget.take(pairs);
        for (int j = 0; j < pairs; j++) {
            int b = bucket(needle.charAt(j), needle.charAt(j + 1));
            int size = bucketStart[b + 1] - bucketStart[b];
            if (size < fewest) {
                fewest = size;
                offset = j;
            }
        }
        int b = bucket(needle.charAt(offset), needle.charAt(offset + 1));
        int lo = bucketStart[b];
        int hi = bucketStart[b + 1];
        int up = firstAtOrAfter(lo, hi, from + offset); // places[up] - offset is the first start at or after from
        int down = up - 1;
        for (int tried = 0; (up < hi || down >= lo) && tried < MAX_CANDIDATES
                && (long) tried * m < MAX_COMPARED && budget.take(PLACE_COST + m); tried++) {
            boolean takeDown = up >= hi || (down >= lo && distance(places[down] - offset, near)
                    <= distance(places[up] - offset, near));
            int at = (takeDown ? places[down--] : places[up++]) - offset;
            if (at >= 0 && at + m <= text.length() && text.startsWith(needle, at) && fits(at, m)
                    && allowed.test(at)) {
                return OptionalInt.of(at);
            }
        }
        return OptionalInt.empty();
    }

    /** How far a candidate start is from {@code near}, in code points (one that splits a pair: from the pair). */
    private long distance(int at, long near) {
        return at < 0 ? Long.MAX_VALUE : Math.abs(cp.toCodePoint(splits(at) ? at - 1 : at) - near);
    }

    private int firstAtOrAfter(int lo, int hi, int value) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Counting sort of every position by the bucket of the pair that starts there: ascending within each. */
    private void build() {
        int n = Math.max(0, text.length() - 1);
        bucketStart = new int[BUCKETS + 1];
        for (int i = 0; i < n; i++) {
            bucketStart[bucket(text.charAt(i), text.charAt(i + 1)) + 1]++;
        }
        for (int b = 0; b < BUCKETS; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        int[] next = java.util.Arrays.copyOf(bucketStart, BUCKETS);
        places = new int[n];
        for (int i = 0; i < n; i++) {
            places[next[bucket(text.charAt(i), text.charAt(i + 1))]++] = i;
        }
    }

    private static int bucket(char a, char b) {
        int h = (a * 0x9E3779B1) ^ (b * 0x85EBCA6B);
        return (h ^ (h >>> 16)) & (BUCKETS - 1);
    }

    private boolean fits(int at, int m) {
        return !splits(at) && !splits(at + m);
    }

    private boolean splits(int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1));
    }

    /** The last {@code n} characters of a prefix (a surrogate pair kept whole). */
    public static String tail(String prefix, int n) {
        int cut = Math.max(0, prefix.length() - n);
        return prefix.substring(cut < prefix.length() && Character.isLowSurrogate(prefix.charAt(cut)) ? cut + 1 : cut);
    }

    /** The first {@code n} characters of a suffix (a surrogate pair kept whole). */
    public static String head(String suffix, int n) {
        int cut = Math.min(suffix.length(), n);
        return suffix.substring(0, cut > 0 && Character.isHighSurrogate(suffix.charAt(cut - 1)) ? cut - 1 : cut);
    }
}
