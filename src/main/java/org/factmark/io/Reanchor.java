package org.factmark.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds an annotation again in an article that changed since it was annotated: where it was if its text is
 * still there; else the occurrence of prefix + text + suffix nearest its old place; else the occurrence of
 * its text alone nearest its old place. All offsets here are UTF-16 except {@code oldStart}, the sidecar's
 * code-point offset, compared through {@link CodePoints}.
 */
final class Reanchor {
    enum Status { KEPT, MOVED, ORPHANED }

    /** Where one annotation landed: UTF-16 start and end in the new text, or nothing. */
    record Result(Status status, int start, int end) {
    }

    private final String text;
    private final CodePoints cp;

    Reanchor(String text, CodePoints cp) {
        this.text = text;
        this.cp = cp;
    }

    Result place(long oldStart, long oldEnd, String quote, String prefix, String suffix) {
        if (quote.isEmpty()) {
            return new Result(Status.ORPHANED, -1, -1);
        }
        if (cp.inRange(oldStart) && cp.inRange(oldEnd) && oldStart < oldEnd) {
            int s = cp.toUtf16((int) oldStart);
            int e = cp.toUtf16((int) oldEnd);
            if (text.substring(s, e).equals(quote)) {
                return new Result(Status.KEPT, s, e);
            }
        }
        Optional<Integer> withContext = nearest(prefix + quote + suffix, oldStart);
        if (withContext.isPresent()) {
            int s = withContext.get() + prefix.length();
            return new Result(Status.MOVED, s, s + quote.length());
        }
        return nearest(quote, oldStart)
                .map(s -> new Result(Status.MOVED, s, s + quote.length()))
                .orElse(new Result(Status.ORPHANED, -1, -1));
    }

    /** The UTF-16 start of the occurrence of {@code needle} whose code-point start is nearest {@code oldStart}. */
    private Optional<Integer> nearest(String needle, long oldStart) {
        List<Integer> hits = new ArrayList<>();
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            hits.add(i);
        }
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int hit : hits) {
            if (splitsPair(hit) || splitsPair(hit + needle.length())) {
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
