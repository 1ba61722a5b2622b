package org.factmark.ui.highlight;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.factmark.model.Annotation;
import org.factmark.model.Lanes;
import org.fxmisc.richtext.model.EditableStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;

/**
 * A whole article as the text area shows it — the display text with every highlight — built as a styled
 * document that belongs to no window yet. It can be made on any thread: a large article is prepared in the
 * background and a text area is then made around it, so the JavaFX thread neither splits the text into
 * paragraphs, nor styles them, nor compares the new text with the old. The document is given to one area.
 */
public record StyledText(String shown, Set<String> labels,
        EditableStyledDocument<Collection<String>, String, Collection<String>> document) {

    /** Prepares {@code text} with the highlights of {@code annotations} (the labels outside {@code labels} plain). */
    public static StyledText prepare(String text, List<Annotation> annotations, Set<String> labels) {
        return style(plain(text), annotations, labels);
    }

    /**
     * The first half of {@link #prepare}, which needs only the text: it can run while the annotations are
     * still being read. The result is used by one {@link #style} call, on one thread at a time.
     */
    public static Plain plain(String text) {
        String shown = DisplayText.of(text);
        SimpleEditableStyledDocument<Collection<String>, Collection<String>> doc =
                new SimpleEditableStyledDocument<>(Collections.emptyList(), Collections.emptyList());
        doc.replace(0, 0, ReadOnlyStyledDocument.fromString(shown, Collections.<String>emptyList(),
                Collections.<String>emptyList(), SegmentOps.styledTextOps()));
        return new Plain(text, shown, doc);
    }

    /** The second half of {@link #prepare}: the highlights laid over the plain text. */
    public static StyledText style(Plain plain, List<Annotation> annotations, Set<String> labels) {
        if (!plain.shown.isEmpty()) {
            plain.doc.setStyleSpans(0, HighlightProjection.project(annotations, Lanes.assign(annotations), 0,
                    plain.shown.length(), labels));
        }
        return new StyledText(plain.shown, Set.copyOf(labels), plain.doc);
    }

    /** An article's text split into display paragraphs, not yet highlighted. */
    public static final class Plain {
        private final String text;
        private final String shown;
        private final SimpleEditableStyledDocument<Collection<String>, Collection<String>> doc;

        private Plain(String text, String shown,
                SimpleEditableStyledDocument<Collection<String>, Collection<String>> doc) {
            this.text = text;
            this.shown = shown;
            this.doc = doc;
        }

        /** The article's text this was made from. */
        public String text() {
            return text;
        }
    }
}
