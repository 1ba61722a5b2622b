package org.factmark.formats;

import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factmark.model.Annotation;
import org.factmark.model.LabelSet;

/**
 * Writes an article's text as HTML paragraphs with its annotations as nested {@code <mark>} elements, for
 * {@link HtmlReport}. Nested spans nest; where spans cross, or a span runs over a paragraph break, the inner
 * marks are closed and opened again, so the markup is always well formed.
 */
final class Marks {
    /** The most characters of a note a mark's title shows. */
    static final int NOTE_IN_TITLE = 200;
    private final StringBuilder h;
    /** Where {@code h} is emptied as it fills. */
    private final Writer out;
    private final LabelSet labels;
    private final List<String> classes;
    private final Map<String, Integer> lanes;
    /** The marks open at the current position, outermost first. */
    private final List<Annotation> open = new ArrayList<>();
    /** Each annotation's number in the report's table, by id. */
    private final Map<String, Integer> rows = new HashMap<>();
    /** The annotations whose first mark, the one whose title holds the start of the note, is written. */
    private final Set<String> titled = new HashSet<>();
    private boolean autoDirection;

    Marks(StringBuilder h, Writer out, LabelSet labels, List<String> classes, Map<String, Integer> lanes) {
        this.h = h;
        this.out = out;
        this.labels = labels;
        this.classes = classes;
        this.lanes = lanes;
    }

    /** Renders {@code text} with the annotations, given in span order. */
    void render(String text, List<Annotation> sorted) {
        for (int n = 0; n < sorted.size(); n++) {
            rows.put(sorted.get(n).id(), n + 1);
        }
        openParagraph();
        int next = 0;
        int i = 0;
        while (true) {
            HtmlReport.spill(h, out);
            closeEnded(i);
            if (i >= text.length()) {
                break;
            }
            if (text.startsWith("\n\n", i)) {
                while (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                for (int k = open.size() - 1; k >= 0; k--) {
                    h.append("</mark>");
                }
                final int at = i;
                open.removeIf(a -> a.end() <= at);
                h.append("</p>\n");
                if (i >= text.length()) {
                    open.clear();
                    return;
                }
                openParagraph();
                open.forEach(this::openTag);
                continue;
            }
            while (next < sorted.size() && sorted.get(next).start() <= i) {
                Annotation a = sorted.get(next++);
                if (a.end() > i) {
                    open.add(a);
                    openTag(a);
                }
            }
            int c = text.codePointAt(i);
            if (c == '\n' && i + 1 == text.length()) {
                h.append('\n'); // the article's last line break ends the paragraph, it is no empty line
            } else if (c == '\n') {
                h.append("<br>\n");
            } else {
                HtmlReport.escTo(h, text.substring(i, i + Character.charCount(c)));
            }
            i += Character.charCount(c);
        }
        for (int k = open.size() - 1; k >= 0; k--) {
            h.append("</mark>");
        }
        open.clear();
        h.append("</p>\n");
    }

    /**
     * Paragraphs that read their own direction from their first strong character ({@code dir="auto"}, as the
     * app shows them), for an article that holds right-to-left text or sits in a directed container.
     */
    Marks autoDirection(boolean on) {
        autoDirection = on;
        return this;
    }

    private void openParagraph() {
        h.append(autoDirection ? "<p dir=\"auto\">" : "<p>");
    }

    /** Whether {@code text} holds a right-to-left letter (Hebrew, Arabic, Persian, …). */
    static boolean hasRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Closes the marks that end at {@code i}; marks opened inside one of them but going on are reopened. */
    private void closeEnded(int i) {
        int k = 0;
        while (k < open.size() && open.get(k).end() > i) {
            k++;
        }
        if (k == open.size()) {
            return;
        }
        List<Annotation> goingOn = new ArrayList<>();
        for (int j = open.size() - 1; j >= k; j--) {
            h.append("</mark>");
        }
        for (Annotation a : open.subList(k, open.size())) {
            if (a.end() > i) {
                goingOn.add(a);
            }
        }
        open.subList(k, open.size()).clear();
        for (Annotation a : goingOn) {
            open.add(a);
            openTag(a);
        }
    }

    /**
     * A mark with its title: the label and the annotation's number in the table; the first mark of an
     * annotation adds the start of its note, which the table holds in full. A long note so appears once, not
     * again for every paragraph or crossing the annotation is split at.
     */
    private void openTag(Annotation a) {
        StringBuilder title = new StringBuilder(labels.nameOf(a.label())).append(" #").append(rows.get(a.id()));
        if (!a.note().isBlank() && titled.add(a.id())) {
            title.append(" — ").append(clip(a.note()));
        }
        h.append("<mark class=\"lane").append(Math.min(3, lanes.getOrDefault(a.id(), 0))).append(" c")
                .append(classes.indexOf(a.label())).append("\" title=\"").append(HtmlReport.esc(title.toString()))
                .append("\">");
    }

    /** The note, or its first {@value #NOTE_IN_TITLE} characters and "…", never half a surrogate pair. */
    private static String clip(String note) {
        if (note.length() <= NOTE_IN_TITLE) {
            return note;
        }
        int end = NOTE_IN_TITLE - 1;
        return note.substring(0, Character.isHighSurrogate(note.charAt(end - 1)) ? end - 1 : end) + "…";
    }
}
