package org.factmark.ui.article.highlight;

import java.util.Arrays;
import java.util.List;
import org.factmark.model.Annotation;
import org.factmark.text.LineBreaks;

/**
 * The text as the view shows it. RichTextFX lays out each paragraph as one text flow, so a paragraph of a
 * megabyte takes tens of seconds to style; very long paragraphs are therefore shown as several, about every
 * {@value #TARGET} characters: at a space, which becomes the line break (one character for one), or, in text
 * written without spaces (Chinese, Japanese, Thai), at a line-break opportunity, where a line break is
 * inserted. The model and the sidecar never see the change: {@link #toShown} and {@link #toModel} map offsets
 * between the article and the view exactly (the identity when nothing was inserted). A run with no
 * opportunity at all (a long word) is left whole.
 */
public final class DisplayText {
    /** Paragraphs longer than this are split for display. */
    public static final int LONGEST = 4_000;
    /** About how long the display paragraphs of a split paragraph are. */
    public static final int TARGET = 1_500;
    /** How far past the place of a cut a space is preferred to an inserted break. */
    private static final int SPACE_REACH = LONGEST - 2 * TARGET;

    private final String shown;
    /** The article offsets before which a line break was inserted, ascending. */
    private final int[] inserted;

    private DisplayText(String shown, int[] inserted) {
        this.shown = shown;
        this.inserted = inserted;
    }

    /** The text as shown. */
    public static String of(String text) {
        return split(text).shown;
    }

    /** The text as shown, with the map of its offsets. */
    public static DisplayText split(String text) {
        char[] replaced = null;
        int[] insertAt = new int[0];
        int inserts = 0;
        int paragraphStart = 0;
        int n = text.length();
        LineBreaks lines = null;
        int nextSpace = -1; // the first space at or after where it was last looked for (n + 1: none)
        while (paragraphStart <= n) {
            int end = text.indexOf('\n', paragraphStart);
            if (end < 0) {
                end = n;
            }
            if (end - paragraphStart > LONGEST) {
                int last = end - TARGET / 2;
                for (int i = paragraphStart + TARGET; i < last; ) {
                    if (nextSpace < i) { // each character is looked at once, even in a text without spaces
                        nextSpace = text.indexOf(' ', i);
                        nextSpace = nextSpace < 0 ? n + 1 : nextSpace;
                    }
                    int space = nextSpace;
                    if (space >= last) {
                        space = -1;
                    }
                    if (space < 0 || space > i + SPACE_REACH) {
                        if (lines == null) {
                            lines = new LineBreaks(text);
                        }
                        int opportunity = lines.firstIn(i, space < 0 ? last : space);
                        if (opportunity > paragraphStart && text.charAt(opportunity - 1) == ' ') {
                            space = opportunity - 1; // a space just before the place of the cut
                        } else if (opportunity > paragraphStart) {
                            if (inserts == insertAt.length) {
                                insertAt = Arrays.copyOf(insertAt, Math.max(16, inserts * 2));
                            }
                            insertAt[inserts++] = opportunity;
                            i = opportunity + TARGET;
                            continue;
                        }
                    }
                    if (space < 0) {
                        break;
                    }
                    if (replaced == null) {
                        replaced = text.toCharArray();
                    }
                    replaced[space] = '\n';
                    i = space + 1 + TARGET;
                }
            }
            paragraphStart = end + 1;
        }
        String base = replaced == null ? text : new String(replaced);
        if (inserts == 0) {
            return new DisplayText(base, insertAt);
        }
        StringBuilder shown = new StringBuilder(n + inserts);
        int from = 0;
        for (int k = 0; k < inserts; k++) {
            shown.append(base, from, insertAt[k]).append('\n');
            from = insertAt[k];
        }
        shown.append(base, from, n);
        return new DisplayText(shown.toString(), Arrays.copyOf(insertAt, inserts));
    }

    public String shown() {
        return shown;
    }

    /** Whether every offset is shown where it is in the article (no line break was inserted). */
    public boolean isIdentity() {
        return inserted.length == 0;
    }

    /**
     * Where the article's offset {@code offset} is shown; at an inserted break, after it (the start of the
     * next display paragraph), as a span's start or a caret wants.
     */
    public int toShown(int offset) {
        return offset + insertedUpTo(offset, true);
    }

    /** Where the article's offset {@code offset} is shown as a span's end: at an inserted break, before it. */
    public int toShownEnd(int offset) {
        return offset + insertedUpTo(offset, false);
    }

    /** The article's offset of the shown offset {@code shownOffset} (an inserted break is its next character's). */
    public int toModel(int shownOffset) {
        // the k-th break (from 0) is shown at inserted[k] + k; count those before shownOffset
        int lo = 0;
        int hi = inserted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inserted[mid] + mid < shownOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return shownOffset - lo;
    }

    /** {@code annotations} with their spans where they are shown (the same list when nothing was inserted). */
    public List<Annotation> toShown(List<Annotation> annotations) {
        if (isIdentity()) {
            return annotations;
        }
        return annotations.stream().map(a -> {
            int start = toShown(a.start());
            return a.withSpan(start, Math.max(start, toShownEnd(a.end())), a.modified());
        }).toList();
    }

    /** The article's text of the shown range {@code [from, to)}: without the inserted breaks. */
    public String articleText(int from, int to) {
        if (isIdentity()) {
            return shown.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        int k = insertedUpTo(toModel(from), false);
        for (int i = from; i < to; i++) {
            if (k < inserted.length && inserted[k] + k == i) {
                k++;
            } else {
                b.append(shown.charAt(i));
            }
        }
        return b.toString();
    }

    /** How many breaks were inserted before {@code offset} (and at it too, if {@code atToo}). */
    private int insertedUpTo(int offset, boolean atToo) {
        int lo = 0;
        int hi = inserted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inserted[mid] < offset || atToo && inserted[mid] == offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
