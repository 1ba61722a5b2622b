package org.factmark.edit;

import java.util.Optional;
import org.factmark.search.Fold;
import org.factmark.search.FoldedText;

/**
 * Literal search in the article as a reader means it (see {@link Fold}: case, digits of any script, Arabic and
 * Persian letter forms, tatweel, ZWNJ and normalisation do not matter; diacritics when asked), wrapping around at
 * either end. Matches are given in the original text's offsets and cover whole clusters.
 */
public final class TextSearch {
    private final FoldedText text;
    private final String query;

    public TextSearch(String text, String query) {
        this(FoldedText.of(text, false), query, false);
    }

    /** A search in a text folded once (with the same {@code ignoreDiacritics}) for many queries. */
    public TextSearch(FoldedText text, String query, boolean ignoreDiacritics) {
        this.text = text;
        this.query = Fold.of(query, ignoreDiacritics);
    }

    /** The first match starting at or after {@code from}, wrapping to the start; empty when none. */
    public Optional<int[]> next(int from) {
        int at = text.indexOf(query, text.foldedAt(Math.max(0, from)));
        if (at < 0) {
            at = text.indexOf(query, 0);
        }
        return span(at);
    }

    /** The last match starting before {@code before}, wrapping to the end; empty when none. */
    public Optional<int[]> previous(int before) {
        int at = before <= 0 ? -1 : text.lastIndexOf(query, text.foldedAt(before) - 1);
        if (at < 0) {
            at = text.lastIndexOf(query, text.folded().length());
        }
        return span(at);
    }

    /** How many places match, overlapping ones included (as Next visits them). */
    public int count() {
        int n = 0;
        for (int at = text.indexOf(query, 0); at >= 0; at = text.indexOf(query, at + 1)) {
            n++;
        }
        return n;
    }

    /** Every match in text order, overlapping ones included, as {start, end} in the original text. */
    public java.util.List<int[]> all() {
        java.util.List<int[]> all = new java.util.ArrayList<>();
        for (int at = text.indexOf(query, 0); at >= 0; at = text.indexOf(query, at + 1)) {
            all.add(span(at).orElseThrow());
        }
        return all;
    }

    /** One-based number of the match starting at {@code start}, or 0 when no match starts there. */
    public int ordinalOf(int start) {
        int n = 0;
        for (int at = text.indexOf(query, 0); at >= 0; at = text.indexOf(query, at + 1)) {
            n++;
            int s = text.originalStart(at);
            if (s == start) {
                return n;
            }
            if (s > start) {
                return 0;
            }
        }
        return 0;
    }

    private Optional<int[]> span(int at) {
        return at < 0 ? Optional.empty()
                : Optional.of(new int[] {text.originalStart(at), text.originalEnd(at + query.length())});
    }
}
