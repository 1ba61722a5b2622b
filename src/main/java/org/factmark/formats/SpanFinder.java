package org.factmark.formats;

import java.util.Optional;
import java.util.OptionalInt;
import org.factmark.model.CodePoints;
import org.factmark.reanchor.TextIndex;

/**
 * Finds a quoted span in an article for the importers, the way the sidecar reader re-anchors: at the given
 * position if the text there is the quote; else the occurrence of prefix + quote + suffix nearest that
 * position; else the occurrence of the quote alone nearest it. Positions given and compared are code points;
 * the spans returned are UTF-16, as the model holds them. Never returns a span that splits a surrogate pair.
 * The searches go through one {@link TextIndex} of the article, within its bounds.
 */
final class SpanFinder {
    /** A placed span, UTF-16 offsets into the article's normalised text. */
    record Span(int start, int end) {
    }

    private final String text;
    private final CodePoints cp;
    private final TextIndex index;

    SpanFinder(String text) {
        this.text = text;
        this.cp = CodePoints.of(text);
        this.index = new TextIndex(text, cp, new TextIndex.Budget(TextIndex.Budget.STANDARD));
    }

    CodePoints codePoints() {
        return cp;
    }

    /** The span at code points {@code [start, end)}, if that is a non-empty range inside the text. */
    Optional<Span> at(long start, long end) {
        if (start < 0 || end <= start || !cp.inRange(start) || !cp.inRange(end)) {
            return Optional.empty();
        }
        return Optional.of(new Span(cp.toUtf16((int) start), cp.toUtf16((int) end)));
    }

    /**
     * Places {@code quote}: at code points {@code [start, end)} when the text there equals it, else by context,
     * else alone, each nearest {@code start} (use -1 when no position is known: the first occurrence wins).
     */
    Optional<Span> place(long start, long end, String quote, String prefix, String suffix) {
        if (quote == null || quote.isEmpty()) {
            return Optional.empty();
        }
        Optional<Span> there = at(start, end);
        if (there.isPresent() && text.substring(there.get().start(), there.get().end()).equals(quote)) {
            return there;
        }
        String before = prefix == null ? "" : TextIndex.tail(prefix, TextIndex.CONTEXT);
        String after = suffix == null ? "" : TextIndex.head(suffix, TextIndex.CONTEXT);
        if (!before.isEmpty() || !after.isEmpty()) {
            Optional<Integer> withContext = nearest(before + quote + after, start);
            if (withContext.isPresent()) {
                int s = withContext.get() + before.length();
                return Optional.of(new Span(s, s + quote.length()));
            }
        }
        return nearest(quote, start).map(s -> new Span(s, s + quote.length()));
    }

    /** The UTF-16 start of the occurrence of {@code needle} whose code-point start is nearest {@code near}. */
    private Optional<Integer> nearest(String needle, long near) {
        OptionalInt at = index.nearest(needle, Math.max(near, 0), hit -> true);
        return at.isPresent() ? Optional.of(at.getAsInt()) : Optional.empty();
    }

    static int back(String text, int at, int n) {
        return org.factmark.model.SpanContext.back(text, at, n);
    }

    static int forward(String text, int at, int n) {
        return org.factmark.model.SpanContext.forward(text, at, n);
    }
}
