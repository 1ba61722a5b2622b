package org.factmark.ui;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.model.Lanes;
import org.factmark.ui.highlight.HighlightProjection;
import org.factmark.ui.highlight.StyledText;
import java.time.Duration;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.factmark.model.LabelSet;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The article, read-only and wrapped, with highlights projected from the annotations. Only this class
 * talks to the text area's styling; it restyles whole paragraphs around a change, never the document.
 */
final class ArticleView {
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scrollPane = new VirtualizedScrollPane<>(area);
    private Set<String> knownLabels = Set.of();
    /** The text as displayed: the article's, with very long paragraphs split (same length, same offsets). */
    private String shown = "";

    ArticleView() {
        area.setEditable(false);
        area.setWrapText(true);
        area.setShowCaret(Caret.CaretVisibility.ON);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.getStyleClass().add("article");
        setFontSize(17);
        area.setId("article");
        scrollPane.getStyleClass().add("article-scroll");
    }

    /** The reading size; the family is the first comfortable serif installed (see {@link ReadingFont}). */
    void setFontSize(double px) {
        area.setStyle("-fx-font-family: \"" + ReadingFont.family() + "\"; -fx-font-size: " + px + "px;");
    }

    /**
     * Resting the pointer on a highlight shows every annotation under it — label, key details and note —
     * innermost first, so overlapping annotations can be told apart without clicking.
     */
    void installHoverDetails(Supplier<AnnotationDocument> document, Supplier<LabelSet> labels) {
        Popup popup = new Popup();
        Label details = new Label();
        details.getStyleClass().add("hover-details");
        details.setId("hover-details");
        details.setWrapText(true);
        details.setMaxWidth(420);
        popup.getContent().add(details);
        area.setMouseOverTextDelay(Duration.ofMillis(450));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            AnnotationDocument doc = document.get();
            if (doc == null) {
                return;
            }
            String text = HoverText.describe(doc, labels.get(), e.getCharacterIndex());
            if (!text.isEmpty()) {
                details.setText(text);
                popup.show(area, e.getScreenPosition().getX() + 8, e.getScreenPosition().getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    StyleClassedTextArea area() {
        return area;
    }

    VirtualizedScrollPane<StyleClassedTextArea> node() {
        return scrollPane;
    }

    /** Shows a newly opened document: the one full restyle. */
    void show(AnnotationDocument document, Set<String> labels) {
        show(StyledText.prepare(document.text(), document.annotations().all(), labels));
    }

    /** Shows a document prepared, perhaps on another thread, by {@link StyledText#prepare}: one replacement. */
    void show(StyledText prepared) {
        this.knownLabels = prepared.labels();
        shown = prepared.shown();
        area.replace(0, area.getLength(), prepared.document());
        area.moveTo(0);
        area.requestFollowCaret();
    }

    void clear() {
        shown = "";
        area.replaceText("");
    }

    /**
     * Restyles the paragraphs around {@code [from, to)}, widened until they hold whole overlap clusters so
     * that the lanes (which channel shows which annotation) agree with the rest of the text.
     */
    void restyle(AnnotationSet set, int from, int to) {
        String text = shown;
        if (text.isEmpty()) {
            return;
        }
        int[] range = HighlightProjection.restyleRange(text, from, to);
        while (true) {
            int[] cluster = Lanes.clusterRange(set, range[0], range[1]);
            int[] widened = HighlightProjection.restyleRange(text, Math.min(range[0], cluster[0]),
                    Math.max(range[1], cluster[1]));
            if (Arrays.equals(widened, range)) {
                break;
            }
            range = widened;
        }
        List<Annotation> inRange = set.overlapping(range[0], range[1]);
        StyleSpans<Collection<String>> spans = HighlightProjection.project(inRange, Lanes.assign(inRange),
                range[0], range[1], knownLabels);
        area.setStyleSpans(range[0], spans);
    }

    /**
     * The right-click menu. The toolkit asks for it with a context-menu event on real desktops; the release of
     * the secondary button shows it too, for platforms that send no such event, and
     * {@link #showContextMenuAtCaret()} serves the keyboard's menu key.
     */
    void installContextMenu(ContextMenu menu) {
        area.setContextMenu(menu);
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                menu.show(area, e.getScreenX(), e.getScreenY());
            }
        });
    }

    void showContextMenuAtCaret() {
        ContextMenu menu = area.getContextMenu();
        if (menu != null) {
            area.getCaretBounds().ifPresent(b -> menu.show(area, b.getMaxX(), b.getMaxY()));
        }
    }

    /** Selects the span and scrolls it into view. */
    void select(int start, int end) {
        area.selectRange(start, end);
        area.requestFollowCaret();
    }

    /** The character under a point in the area's coordinates, if the point is on text. */
    OptionalInt characterAt(double x, double y) {
        return area.hit(x, y).getCharacterIndex();
    }
}
