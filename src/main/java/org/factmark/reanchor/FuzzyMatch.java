package org.factmark.reanchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Approximate search for a quote whose text was lightly edited (a typo fixed, a word changed, whitespace
 * re-flowed): the span of the article closest to the quote in edit distance, allowing edits in proportion to
 * its length ({@value #ERROR_SHARE_PERCENT}%). Candidates come from exact pieces that survive — the quote's
 * head and tail, the end of its prefix, the start of its suffix — nearest the old place first, and each is
 * checked with Sellers' approximate-substring distance in a window around it.
 *
 * <p>Bounded: quotes of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters only, at most {@value #MAX_SEEDS}
 * places each and {@value #MAX_CELLS} cells of the distance matrix per quote, all taken from the reading's
 * shared {@link TextIndex.Budget}.
 */
final class FuzzyMatch {
    static final int ERROR_SHARE_PERCENT = 20;
    private static final int MIN_LENGTH = 5;
    private static final int MAX_SEEDS = 40;
    private static final int PIECE = 10;
    static final int MAX_LENGTH = 2_000;
    static final int MAX_CELLS = 20_000_000;
    private static final int SEEDS_PER_PIECE = 200;

    private FuzzyMatch() {
    }

    /** A span found, UTF-16, and how many edits separate it from the quote. */
    record Match(int start, int end, int distance) {
    }

    /** The closest match near UTF-16 offset {@code near}, its pieces found through {@code index}. */
    static Optional<Match> find(TextIndex index, String text, String quote, String prefix, String suffix, int near,
                                java.util.function.Predicate<int[]> free) {
        int length = quote.length();
        if (length < MIN_LENGTH || length > MAX_LENGTH || text.isEmpty()) {
            return Optional.empty();
        }
        int allowed = Math.max(1, length * ERROR_SHARE_PERCENT / 100);
        long cellsPerSeed = 2L * (length + 3L * allowed) * length; // the window forward, its head backward
        int tries = (int) Math.min(MAX_SEEDS, MAX_CELLS / cellsPerSeed);
        if (tries == 0) {
            return Optional.empty();
        }
        int piece = Math.min(PIECE, Math.max(3, length / 4));
        long nearCp = index.codePoints().toCodePoint(near);
        Set<Integer> seeds = new LinkedHashSet<>();
        seeds.add(near);
        occurrences(index, quote.substring(0, piece), nearCp, seeds, 0);
        occurrences(index, quote.substring(length - piece), nearCp, seeds, piece - length);
        if (prefix.length() >= 6) {
            String end = prefix.substring(Math.max(0, prefix.length() - 12));
            occurrences(index, end, nearCp, seeds, end.length());
        }
        if (suffix.length() >= 6) {
            occurrences(index, suffix.substring(0, Math.min(12, suffix.length())), nearCp, seeds, -length);
        }
        List<Integer> nearest = new ArrayList<>(seeds);
        nearest.sort(Comparator.comparingInt(s -> Math.abs(s - near)));
        Match best = null;
        for (int seed : nearest.subList(0, Math.min(tries, nearest.size()))) {
            if (!index.budget().take(cellsPerSeed)) {
                break;
            }
            Match m = around(text, quote, seed, allowed);
            if (m != null && free.test(new int[] {m.start(), m.end()}) && (best == null || m.distance() < best.distance()
                    || (m.distance() == best.distance() && Math.abs(m.start() - near) < Math.abs(best.start() - near)))) {
                best = m;
            }
        }
        return Optional.ofNullable(best).filter(m -> m.distance() <= allowed && m.end() - m.start() >= length / 2);
    }

    /** Adds the starts of up to {@value #SEEDS_PER_PIECE} occurrences of {@code needle} nearest {@code near}. */
    private static void occurrences(TextIndex index, String needle, long near, Set<Integer> seeds, int shift) {
        int[] found = {0};
        index.nearest(needle, near, at -> {
            seeds.add(at + shift);
            return ++found[0] >= SEEDS_PER_PIECE;
        });
    }

    /** The best approximate occurrence of the quote starting within {@code allowed} of {@code seed}. */
    private static Match around(String text, String quote, int seed, int allowed) {
        int from = Math.max(0, seed - allowed);
        int to = Math.min(text.length(), seed + quote.length() + 2 * allowed);
        if (to - from < quote.length() / 2) {
            return null;
        }
        String window = text.substring(from, to);
        int[] end = bestEnd(window, quote);
        String reversedQuote = new StringBuilder(quote).reverse().toString();
        String head = new StringBuilder(window.substring(0, end[0])).reverse().toString();
        int[] start = bestEnd(head, reversedQuote);
        int s = from + end[0] - start[0];
        int e = from + end[0];
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s > 0 && s < text.length() && Character.isLowSurrogate(text.charAt(s))) {
            s--;
        }
        if (e < text.length() && e > 0 && Character.isLowSurrogate(text.charAt(e))) {
            e++;
        }
        return new Match(s, e, end[1]);
    }

    /**
     * Sellers' algorithm: the end in {@code text} (and the distance) of the substring of {@code text} with the
     * fewest edits from {@code pattern}, the substring free to start anywhere.
     */
    private static int[] bestEnd(String text, String pattern) {
        int m = pattern.length();
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            previous[i] = i;
        }
        int bestEnd = 0;
        int bestDistance = previous[m];
        for (int j = 1; j <= text.length(); j++) {
            current[0] = 0;
            char c = text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int cost = pattern.charAt(i - 1) == c ? 0 : 1;
                current[i] = Math.min(Math.min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
            }
            if (current[m] < bestDistance) {
                bestDistance = current[m];
                bestEnd = j;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return new int[] {bestEnd, bestDistance};
    }
}
