package org.factmark.agree;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factmark.model.Annotation;

/**
 * How far two or more annotators of one article agree, per label and over all labels: span F1 of the first
 * against the second (exact and by overlap), and on the article's {@link Tokens}, each coded 1 for a label when
 * it shares a character with a span of that label and 0 when not, Cohen's κ (first two annotators) and
 * Krippendorff's α (all of them). Plain data in, plain data out: the command line and the compare view share it.
 */
public final class Agreement {
    private Agreement() {
    }

    /**
     * What the annotators agree on.
     *
     * @param text       the article's text (the annotations' offsets are UTF-16 offsets into it)
     * @param annotators each annotator's annotations, in order: the first is measured against the second
     */
    public static Report measure(String text, List<? extends Collection<Annotation>> annotators) {
        return measure(Tokens.of(text), annotators);
    }

    /** As {@link #measure(String, List)}, with the article's tokens already found. */
    public static Report measure(Tokens tokens, List<? extends Collection<Annotation>> annotators) {
        if (annotators.size() < 2) {
            throw new IllegalArgumentException("agreement needs two or more annotators, got " + annotators.size());
        }
        TreeSet<String> labels = new TreeSet<>();
        annotators.forEach(list -> list.forEach(a -> labels.add(a.label())));
        Map<String, Counts> byLabel = new TreeMap<>();
        Counts overall = Counts.zero(annotators.size());
        for (String label : labels) {
            Counts c = forLabel(tokens, annotators, label);
            byLabel.put(label, c);
            overall = overall.plus(c);
        }
        return new Report(annotators.size(), tokens.count(), byLabel, overall);
    }

    private static Counts forLabel(Tokens tokens, List<? extends Collection<Annotation>> annotators, String label) {
        int m = annotators.size();
        List<Integer> spanCounts = new ArrayList<>(m);
        List<Long> marked = new ArrayList<>(m);
        BitSet[] coded = new BitSet[m];
        int[][][] spans = new int[2][][];
        for (int i = 0; i < m; i++) {
            List<int[]> mine = new ArrayList<>();
            coded[i] = new BitSet(tokens.count());
            for (Annotation a : annotators.get(i)) {
                if (a.label().equals(label)) {
                    mine.add(new int[] {a.start(), a.end()});
                    tokens.mark(a.start(), a.end(), coded[i]);
                }
            }
            spanCounts.add(mine.size());
            marked.add((long) coded[i].cardinality());
            if (i < 2) {
                spans[i] = mine.toArray(new int[0][]);
            }
        }
        long both = intersection(coded[0], coded[1]);
        long firstOnly = marked.get(0) - both;
        long secondOnly = marked.get(1) - both;
        long neither = tokens.count() - both - firstOnly - secondOnly;
        return new Counts(spanCounts, SpanMatch.exact(spans[0], spans[1]), SpanMatch.overlap(spans[0], spans[1]),
                tokens.count(), marked, both, firstOnly, secondOnly, neither, disagreement(coded, tokens.count()));
    }

    private static long intersection(BitSet a, BitSet b) {
        BitSet and = (BitSet) a.clone();
        and.and(b);
        return and.cardinality();
    }

    /** Σ over tokens of (annotators coding 1) × (annotators coding 0). */
    private static long disagreement(BitSet[] coded, int tokenCount) {
        int m = coded.length;
        BitSet any = new BitSet(tokenCount);
        for (BitSet c : coded) {
            any.or(c);
        }
        long sum = 0;
        for (int t = any.nextSetBit(0); t >= 0; t = any.nextSetBit(t + 1)) {
            int ones = 0;
            for (BitSet c : coded) {
                if (c.get(t)) {
                    ones++;
                }
            }
            sum += (long) ones * (m - ones);
        }
        return sum;
    }

    /**
     * The figures of one article (or several: {@link #plus}).
     *
     * @param annotators how many annotators were compared
     * @param tokens     how many tokens the article has
     * @param labels     per label (every label any annotator used, in name order), its counts and figures
     * @param overall    all labels together: their counts added, the figures of the sums
     */
    public record Report(int annotators, long tokens, Map<String, Counts> labels, Counts overall) {
        public Report {
            labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        }

        /** This report and {@code other}'s (another article, the same annotators) added together. */
        public Report plus(Report other) {
            if (other.annotators != annotators) {
                throw new IllegalArgumentException("reports of " + annotators + " and " + other.annotators
                        + " annotators cannot be added");
            }
            Map<String, Counts> sum = new TreeMap<>(labels);
            other.labels.forEach((label, c) -> sum.merge(label, c, Counts::plus));
            return new Report(annotators, tokens + other.tokens, sum, overall.plus(other.overall));
        }
    }
}
