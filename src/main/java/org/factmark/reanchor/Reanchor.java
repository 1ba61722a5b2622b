package org.factmark.reanchor;

import java.util.Optional;
import java.util.OptionalInt;
import org.factmark.model.CodePoints;

/**
 * Finds an annotation again in an article that changed since it was annotated: where it was if its text is
 * still there (kept); else the occurrence of prefix + text + suffix nearest its old place, else of its text
 * alone (moved); else the closest approximate match of its text (fuzzy, see {@link FuzzyMatch}); else it is
 * an orphan. Only exact text is ever "kept" or "moved". All offsets here are UTF-16 except {@code oldStart},
 * the sidecar's code-point offset, compared through {@link CodePoints}.
 *
 * <p>The work is bounded, whatever the file: the text is indexed once ({@link TextIndex}), at most
 * {@value #CONTEXT} characters of the prefix and of the suffix are used, and all the searches of one reading
 * share a budget of {@value TextIndex.Budget#STANDARD} units (a character compared, a place tried, a cell of the approximate
 * match). Once it is spent, the annotations not yet placed are kept as orphans.
 */
public final class Reanchor {
    public enum Status { KEPT, MOVED, FUZZY, ORPHANED }

    /** Where one annotation landed: UTF-16 start and end in the new text, or nothing. */
    public record Result(Status status, int start, int end) {
    }

    static final int CONTEXT = TextIndex.CONTEXT;

    private final String text;
    private final CodePoints cp;
    private final TextIndex index;

    public Reanchor(String text, CodePoints cp) {
        this.text = text;
        this.cp = cp;
        this.index = new TextIndex(text, cp, new TextIndex.Budget(TextIndex.Budget.STANDARD));
    }

    /** Whether the searches stopped at their limit (what was not placed by then is an orphan). */
    public boolean stoppedAtLimit() {
        return index.budget().spent();
    }

    /** The sure places: where it was, or where its text stands with the same prefix and suffix. */
    public Optional<Result> placeExactly(long oldStart, long oldEnd, String quote, String prefix, String suffix) {
        if (quote.isEmpty()) {
            return Optional.empty();
        }
        if (cp.inRange(oldStart) && cp.inRange(oldEnd) && oldStart < oldEnd) {
            int s = cp.toUtf16((int) oldStart);
            int e = cp.toUtf16((int) oldEnd);
            if (e - s == quote.length() && text.startsWith(quote, s)) {
                return Optional.of(new Result(Status.KEPT, s, e));
            }
        }
        String before = TextIndex.tail(prefix, CONTEXT);
        OptionalInt at = index.nearest(before + quote + TextIndex.head(suffix, CONTEXT), oldStart, hit -> true);
        return at.isPresent() ? Optional.of(new Result(Status.MOVED, at.getAsInt() + before.length(),
                at.getAsInt() + before.length() + quote.length())) : Optional.empty();
    }

    /**
     * The less sure places, tried once every annotation with a sure place has taken it: the nearest free
     * occurrence of the text alone, else an approximate match, else nothing (an orphan).
     *
     * @param free whether a UTF-16 span is still free for this annotation (not taken by one with its label)
     */
    public Result placeLoosely(long oldStart, String quote, String prefix, String suffix,
                        java.util.function.Predicate<int[]> free) {
        if (quote.isEmpty()) {
            return new Result(Status.ORPHANED, -1, -1);
        }
        OptionalInt alone = index.nearest(quote, oldStart, at -> free.test(new int[] {at, at + quote.length()}));
        if (alone.isPresent()) {
            return new Result(Status.MOVED, alone.getAsInt(), alone.getAsInt() + quote.length());
        }
        int near = cp.inRange(oldStart) ? cp.toUtf16((int) oldStart) : text.length();
        return FuzzyMatch.find(index, text, quote, TextIndex.tail(prefix, CONTEXT), TextIndex.head(suffix, CONTEXT), near, free)
                .map(m -> new Result(Status.FUZZY, m.start(), m.end()))
                .orElse(new Result(Status.ORPHANED, -1, -1));
    }
}
