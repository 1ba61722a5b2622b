package org.factmark.agree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matching the spans of one label between two annotators: exactly (same start and end, each span matched at
 * most once) and by overlap (one to one, the pairs sharing the most characters first; among equal overlaps
 * the pair with the smaller union, so an exact match is never lost to a looser one).
 */
final class SpanMatch {
    private SpanMatch() {
    }

    /** How many spans of {@code a} have a span of {@code b} with the same start and end, one to one. */
    static int exact(int[][] a, int[][] b) {
        Map<Long, Integer> left = new HashMap<>(a.length * 2);
        for (int[] s : a) {
            left.merge(key(s), 1, Integer::sum);
        }
        int matched = 0;
        for (int[] s : b) {
            Integer n = left.get(key(s));
            if (n != null && n > 0) {
                left.put(key(s), n - 1);
                matched++;
            }
        }
        return matched;
    }

    /**
     * How many spans of {@code a} are matched one to one with an overlapping span of {@code b} (an empty span
     * overlaps only an empty span at the same place).
     */
    static int overlap(int[][] a, int[][] b) {
        int[][] sa = sorted(a);
        int[][] sb = sorted(b);
        List<long[]> pairs = new ArrayList<>(); // {overlap, union, i, j}
        List<Integer> active = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < sa.length; i++) {
            int[] x = sa[i];
            while (next < sb.length && (sb[next][0] < x[1] || sb[next][0] == x[0])) {
                active.add(next++);
            }
            final int from = x[0];
            active.removeIf(j -> sb[j][1] < from || sb[j][1] == from && sb[j][0] < from);
            for (int j : active) {
                int[] y = sb[j];
                int ov = Math.min(x[1], y[1]) - Math.max(x[0], y[0]);
                if (ov > 0 || x[0] == y[0] && x[1] == y[1]) {
                    int union = Math.max(x[1], y[1]) - Math.min(x[0], y[0]);
                    pairs.add(new long[] {ov, union, i, j});
                }
            }
        }
        pairs.sort(Comparator.<long[]>comparingLong(p -> -p[0]).thenComparingLong(p -> p[1])
                .thenComparingLong(p -> p[2]).thenComparingLong(p -> p[3]));
        boolean[] usedA = new boolean[sa.length];
        boolean[] usedB = new boolean[sb.length];
        int matched = 0;
        for (long[] p : pairs) {
            int i = (int) p[2];
            int j = (int) p[3];
            if (!usedA[i] && !usedB[j]) {
                usedA[i] = true;
                usedB[j] = true;
                matched++;
            }
        }
        return matched;
    }

    private static int[][] sorted(int[][] spans) {
        int[][] copy = spans.clone();
        Arrays.sort(copy, Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        return copy;
    }

    private static long key(int[] span) {
        return (long) span[0] << 32 | span[1] & 0xffffffffL;
    }
}
