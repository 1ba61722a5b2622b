package org.factmark.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an annotation again in an article that changed since it was annotated: where it was if its text is
 * still there (kept); else the occurrence of prefix + text + suffix nearest its old place, else of its text
 * alone (moved); else the closest approximate match of its text (fuzzy, see {@link FuzzyMatch}); else it is
 * an orphan. Only exact text is ever "kept" or "moved". All offsets here are UTF-16 except {@code oldStart},
 * the sidecar's code-point offset, compared through {@link CodePoints}.
 */
final class Reanchor {
    enum Status { KEPT, MOVED, FUZZY, ORPHANED }

    /** Where one annotation landed: UTF-16 start and end in the new text, or nothing. */
    record Result(Status status, int start, int end) {
    }

    private final String text;
    private final CodePoints cp;

    Reanchor(String text, CodePoints cp) {
        this.text = text;
        this.cp = cp;
    }

    /** The sure places: where it was, or where its text stands with the same prefix and suffix. */
    Optional<Result> placeExactly(long oldStart, long oldEnd, String quote, String prefix, String suffix) {
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        if (cp.inRange(oldStart) && cp.inRange(oldEnd) && oldStart < oldEnd) {
            int s = cp.toUtf16((int) oldStart);
            int e = cp.toUtf16((int) oldEnd);
            if (text.substring(s, e).equals(quote)) {
                return Optional.of(new Result(Status.KEPT, s, e));
            }
        }
        return nearest(prefix + quote + suffix, oldStart, at -> true)
                .map(at -> new Result(Status.MOVED, at + prefix.length(), at + prefix.length() + quote.length()));
    }

    /**
     * The less sure places, tried once every annotation with a sure place has taken it: the nearest free
     * occurrence of the text alone, else an approximate match, else nothing (an orphan).
     *
     * @param free whether a UTF-16 span is still free for this annotation (not taken by one with its label)
     */
    Result placeLoosely(long oldStart, String quote, String prefix, String suffix,
                        java.util.function.Predicate<int[]> free) {
        if (quote.isEmpty()) {
            return new Result(Status.ORPHANED, -1, -1);
        }
        Optional<Integer> alone = nearest(quote, oldStart, at -> free.test(new int[] {at, at + quote.length()}));
        if (alone.isPresent()) {
            return new Result(Status.MOVED, alone.get(), alone.get() + quote.length());
        }
        int near = cp.inRange(oldStart) ? cp.toUtf16((int) oldStart) : text.length();
        return FuzzyMatch.find(text, quote, prefix, suffix, near, free)
                .map(m -> new Result(Status.FUZZY, m.start(), m.end()))
                .orElse(new Result(Status.ORPHANED, -1, -1));
    }

    /** The UTF-16 start of the occurrence of {@code needle} whose code-point start is nearest {@code oldStart}. */
    private Optional<Integer> nearest(String needle, long oldStart, java.util.function.IntPredicate allowed) {
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            hits.add(i);
        }
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int hit : hits) {
            if (splitsPair(hit) || splitsPair(hit + needle.length()) || !allowed.test(hit)) {
                continue;
            }
            long distance = Math.abs(cp.toCodePoint(hit) - oldStart);
            if (distance < bestDistance) {
                best = hit;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private boolean splitsPair(int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1));
    }
}
