package org.factmark.agree;

import java.util.Arrays;
import java.util.List;

/**
 * The counts behind the figures of one label (or of all labels together, their counts added), and the figures
 * they give. Each figure has a defined value when its counts leave it undefined (see the README): F1 is 1 when
 * neither annotator marked a span, κ and α are 1 when every token was coded the same by everyone (one category
 * only: nothing to disagree about). So no figure is ever NaN.
 *
 * @param spans          how many spans each annotator marked, in the order given
 * @param exactMatches   spans of the first matched by a span of the second with the same start and end
 * @param overlapMatches spans of the first matched one to one with an overlapping span of the second
 * @param units          tokens coded (per label; all labels together: tokens × labels)
 * @param marked         how many units each annotator coded 1 (inside one of their spans)
 * @param both           units the first two annotators both coded 1
 * @param firstOnly      units only the first of the two coded 1
 * @param secondOnly     units only the second of the two coded 1
 * @param neither        units neither of the two coded 1
 * @param disagreement   the sum over units of (annotators coding 1) × (annotators coding 0): zero when every
 *                       unit was coded the same by all
 */
public record Counts(List<Integer> spans, long exactMatches, long overlapMatches, long units, List<Long> marked,
                     long both, long firstOnly, long secondOnly, long neither, long disagreement) {
    public Counts {
        spans = List.copyOf(spans);
        marked = List.copyOf(marked);
    }

    static Counts zero(int annotators) {
        return new Counts(nCopies(annotators, 0), 0, 0, 0, nCopiesL(annotators), 0, 0, 0, 0, 0);
    }

    /** These counts and {@code other}'s added: the counts of all labels, or of several articles. */
    public Counts plus(Counts other) {
        Integer[] s = new Integer[spans.size()];
        Long[] m = new Long[spans.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = spans.get(i) + other.spans.get(i);
            m[i] = marked.get(i) + other.marked.get(i);
        }
        return new Counts(Arrays.asList(s), exactMatches + other.exactMatches, overlapMatches + other.overlapMatches,
                units + other.units, Arrays.asList(m), both + other.both, firstOnly + other.firstOnly,
                secondOnly + other.secondOnly, neither + other.neither, disagreement + other.disagreement);
    }

    public int annotators() {
        return spans.size();
    }

    /** Span F1 of the first annotator against the second, exact: 2 × matches ÷ (spans of both). */
    public double f1Exact() {
        return f1(exactMatches);
    }

    /** Span F1 of the first annotator against the second, spans matched one to one by overlap. */
    public double f1Overlap() {
        return f1(overlapMatches);
    }

    private double f1(long matches) {
        long total = (long) spans.get(0) + spans.get(1);
        return total == 0 ? 1.0 : 2.0 * matches / total;
    }

    /** Cohen's κ of the first two annotators' token coding: (observed − expected) ÷ (1 − expected). */
    public double cohenKappa() {
        return Kappa.cohen(both, firstOnly, secondOnly, neither);
    }

    /** Krippendorff's α, nominal, of every annotator's token coding. */
    public double krippendorffAlpha() {
        return Alpha.binary(units, annotators(), marked.stream().mapToLong(Long::longValue).sum(), disagreement);
    }

    private static List<Integer> nCopies(int n, int v) {
        return java.util.Collections.nCopies(n, v);
    }

    private static List<Long> nCopiesL(int n) {
        return java.util.Collections.nCopies(n, 0L);
    }
}
