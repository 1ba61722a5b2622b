package org.factmark.formats;

import java.util.Optional;
import org.factmark.io.CodePoints;

/**
 * Finds a quoted span in an article for the importers, the way the sidecar reader re-anchors: at the given
 * position if the text there is the quote; else the occurrence of prefix + quote + suffix nearest that
 * position; else the occurrence of the quote alone nearest it. Positions given and compared are code points;
 * the spans returned are UTF-16, as the model holds them. Never returns a span that splits a surrogate pair.
 */
final class SpanFinder {
    /** A placed span, UTF-16 offsets into the article's normalised text. */
    record Span(int start, int end) {
    }

    private final String text;
    private final CodePoints cp;

    SpanFinder(String text) {
        this.text = text;
        this.cp = CodePoints.of(text);
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
        String before = prefix == null ? "" : prefix;
        String after = suffix == null ? "" : suffix;
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
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int hit = text.indexOf(needle); hit >= 0; hit = text.indexOf(needle, hit + 1)) {
            if (splitsPair(hit) || splitsPair(hit + needle.length())) {
                continue;
            }
            long distance = Math.abs(cp.toCodePoint(hit) - Math.max(near, 0));
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

    static int back(String text, int at, int n) {
        return org.factmark.io.SidecarWriter.back(text, at, n);
    }

    static int forward(String text, int at, int n) {
        return org.factmark.io.SidecarWriter.forward(text, at, n);
    }
}
