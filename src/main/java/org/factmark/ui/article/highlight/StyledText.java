package org.factmark.ui.article.highlight;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.factmark.model.Annotation;
import org.factmark.model.Lanes;
import org.factmark.model.TextDirection;
import org.factmark.ui.article.ArticleArea;
import org.fxmisc.richtext.model.EditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TextOps;

/**
 * A whole article as the text area shows it — the display text with every highlight — built as a styled
 * document that belongs to no window yet. It can be made on any thread: a large article is prepared in the
 * background and a text area is then made around it, so the JavaFX thread neither splits the text into
 * paragraphs, nor styles them, nor compares the new text with the old. The document is given to one area.
 * Each paragraph is made once, with its highlights; a long text is made in two halves on two cores.
 */
public record StyledText(String shown, Set<String> labels, TextDirection direction,
        EditableStyledDocument<Collection<String>, String, Collection<String>> document, DisplayText display) {

    private static final TextOps<String, Collection<String>> OPS = SegmentOps.styledTextOps();
    private static final Collection<String> PLAIN = Collections.emptyList();
    /** The paragraph style of a right-to-left paragraph. */
    private static final Collection<String> RIGHT_TO_LEFT = List.of(ArticleArea.RTL);
    /** Texts shorter than this are made on one thread: handing half over costs more than it saves. */
    private static final int HALVED_ABOVE = 200_000;

    /** Prepares {@code text} with the highlights of {@code annotations} (the labels outside {@code labels} plain). */
    public static StyledText prepare(String text, List<Annotation> annotations, Set<String> labels) {
        return style(plain(text), annotations, labels, TextDirection.AUTO);
    }

    /** {@link #prepare}, with the paragraphs' direction set by {@code direction}. */
    public static StyledText prepare(String text, List<Annotation> annotations, Set<String> labels,
                                     TextDirection direction) {
        return style(plain(text), annotations, labels, direction);
    }

    /** The first half of {@link #prepare}, which needs only the text: it can run while the annotations are read. */
    public static Plain plain(String text) {
        return new Plain(text, DisplayText.split(text));
    }

    /** The second half of {@link #prepare}: the paragraphs made with the highlights laid over them. */
    public static StyledText style(Plain plain, List<Annotation> annotations, Set<String> labels) {
        return style(plain, annotations, labels, TextDirection.AUTO);
    }

    /** {@link #style(Plain, List, Set)}, with the paragraphs' direction set by {@code direction}. */
    public static StyledText style(Plain plain, List<Annotation> annotations, Set<String> labels,
                                   TextDirection direction) {
        String shown = plain.display.shown();
        if (shown.isEmpty()) {
            return new StyledText(shown, Set.copyOf(labels), direction,
                    new SimpleEditableStyledDocument<>(PLAIN, PLAIN), plain.display);
        }
        List<Annotation> placed = plain.display.toShown(annotations);
        StyleSpans<Collection<String>> spans = withScripts(shown, 0, BidiSpans.forDisplay(shown, 0, shown.length(),
                HighlightProjection.project(placed, Lanes.assign(placed), 0, shown.length(), labels)));
        int half = shown.length() > HALVED_ABOVE ? shown.indexOf('\n', shown.length() / 2) : -1;
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> doc;
        if (half < 0) {
            doc = paragraphs(shown, 0, shown.length(), spans, direction);
        } else {
            CompletableFuture<ReadOnlyStyledDocument<Collection<String>, String, Collection<String>>> second =
                    CompletableFuture.supplyAsync(() -> paragraphs(shown, half + 1, shown.length(),
                            spans.subView(half + 1, shown.length()), direction), org.factmark.concurrent.Cores.pool());
            // the first half ends with its line break, that is with an empty paragraph, which the second
            // half's first paragraph joins
            doc = paragraphs(shown, 0, half + 1, spans.subView(0, half + 1), direction).concat(second.join());
        }
        return new StyledText(shown, Set.copyOf(labels), direction, new SimpleEditableStyledDocument<>(doc),
                plain.display);
    }

    /**
     * The highlight {@code spans} of {@code shown} from {@code from} on, with the classes the characters need
     * ({@link ScriptSpans}); the bundled fonts they name are loaded here, before any paragraph shows them.
     */
    public static StyleSpans<Collection<String>> withScripts(String shown, int from,
            StyleSpans<Collection<String>> spans) {
        java.util.EnumSet<ScriptFont> found = java.util.EnumSet.noneOf(ScriptFont.class);
        StyleSpans<Collection<String>> all = ScriptSpans.overlay(shown, from, spans, found);
        found.forEach(ScriptFont::load);
        return all;
    }

    /** The paragraphs of {@code shown[from, to)}, styled by {@code spans}, which cover exactly that range. */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> paragraphs(String shown, int from,
            int to, StyleSpans<Collection<String>> spans, TextDirection direction) {
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> doc =
                new ReadOnlyStyledDocumentBuilder<>(OPS, PLAIN);
        Iterator<StyleSpan<Collection<String>>> it = spans.iterator();
        StyleSpan<Collection<String>> span = it.next();
        int left = span.getLength();
        int p = from;
        while (true) {
            int newline = shown.indexOf('\n', p);
            int end = newline < 0 || newline >= to ? to : newline;
            if (end == p) {
                doc.addParagraph("", PLAIN, direction == TextDirection.RTL ? RIGHT_TO_LEFT : PLAIN);
            } else {
                StyleSpansBuilder<Collection<String>> styles = new StyleSpansBuilder<>(4);
                for (int need = end - p; need > 0; ) {
                    while (left == 0) {
                        span = it.next();
                        left = span.getLength();
                    }
                    int take = Math.min(left, need);
                    styles.add(span.getStyle(), take);
                    left -= take;
                    need -= take;
                }
                doc.addParagraph(shown.substring(p, end), styles.create(),
                        direction.isRightToLeft(shown, p, end) ? RIGHT_TO_LEFT : PLAIN);
            }
            if (end == to) {
                return doc.build();
            }
            while (left == 0) { // the line break's own character
                span = it.next();
                left = span.getLength();
            }
            left--;
            p = end + 1;
        }
    }

    /** An article's text as it is displayed (very long paragraphs split), not yet highlighted. */
    public static final class Plain {
        private final String text;
        private final DisplayText display;

        private Plain(String text, DisplayText display) {
            this.text = text;
            this.display = display;
        }

        /** The article's text this was made from. */
        public String text() {
            return text;
        }
    }
}
