package org.factmark.ui.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Popup;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.model.LabelSet;
import org.factmark.model.Lanes;
import org.factmark.ui.article.highlight.BidiSpans;
import org.factmark.ui.article.highlight.DisplayText;
import org.factmark.ui.article.highlight.HighlightProjection;
import org.factmark.ui.article.highlight.StyledText;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.model.EditableStyledDocument;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;

/**
 * The article, read-only and wrapped, with highlights projected from the annotations. Only this class
 * talks to the text area's styling; it restyles whole paragraphs around a change, never the document.
 */
public final class ArticleView {
    /** Holds the current area's scroll pane: each opened article gets an area of its own. */
    private final StackPane holder = new StackPane();
    /** What the window attaches to an area, done again for each new one. */
    private final List<Consumer<ArticleArea>> wiring = new ArrayList<>();
    private ArticleArea area;
    private String fontStyle = "";
    /** Shown over the text; popups are owned by the holder, which outlives the areas, so none keeps an old one. */
    private ContextMenu contextMenu;
    private Set<String> knownLabels = Set.of();
    /** Marks drawn over the highlights (another annotator's spans, while comparing); none when null. */
    private Overlay overlay;
    /** The text as displayed: the article's, with very long paragraphs split (same length, same offsets). */
    private String shown = "";
    /** The document {@link #prepare} was told is coming, and its styled text. */
    private AnnotationDocument next;
    private StyledText nextText;

    public ArticleView() {
        holder.getStyleClass().add("article-holder");
        install(new SimpleEditableStyledDocument<>(Collections.emptyList(), Collections.emptyList()),
                DisplayText.split(""));
        setFontSize(17);
    }

    /**
     * Makes a text area around {@code document} and puts it in place of the last one. A new area costs a few
     * milliseconds; replacing a large document inside an old area costs a comparison of the whole old and new
     * text on the JavaFX thread.
     */
    private void install(EditableStyledDocument<Collection<String>, String, Collection<String>> document,
                         DisplayText display) {
        ArticleArea old = area;
        boolean focused = old != null && old.isFocused();
        ArticleArea made = new ArticleArea(document, display);
        made.setEditable(false);
        made.setWrapText(true);
        made.setShowCaret(Caret.CaretVisibility.ON);
        made.setUndoManager(UndoUtils.noOpUndoManager());
        made.getStyleClass().add("article");
        made.setId("article");
        made.setStyle(fontStyle);
        made.getStylesheets().add(ArticleView.class.getResource("/css/scripts.css").toExternalForm());
        VirtualizedScrollPane<ArticleArea> scrollPane = new VirtualizedScrollPane<>(made);
        scrollPane.getStyleClass().add("article-scroll");
        area = made;
        wiring.forEach(wire -> wire.accept(made));
        holder.getChildren().setAll(scrollPane);
        if (old != null) {
            // a caret set ON or OFF listens to a stream RichTextFX keeps in a static field, which would keep
            // the old area and its whole document in memory; AUTO listens to the area itself
            old.setShowCaret(Caret.CaretVisibility.AUTO);
            old.dispose();
        }
        if (focused) {
            made.requestFocus();
        }
    }

    /**
     * Attaches handlers or listeners to the text area, now and to every area that later replaces it. Nothing
     * outside the area may hold on to an area: the old one must be free to go.
     */
    public void onEachArea(Consumer<ArticleArea> wire) {
        wiring.add(wire);
        wire.accept(area);
    }

    /** The reading size; the family is the first comfortable serif installed (see {@link ReadingFont}). */
    public void setFontSize(double px) {
        fontStyle = "-fx-font-family: \"" + ReadingFont.family() + "\"; -fx-font-size: " + px + "px;";
        area.setStyle(fontStyle);
    }

    /**
     * Resting the pointer on a highlight shows every annotation under it — label, key details and note —
     * innermost first, so overlapping annotations can be told apart without clicking.
     */
    public void installHoverDetails(Supplier<AnnotationDocument> document, Supplier<LabelSet> labels) {
        Popup popup = new Popup();
        Label details = new Label();
        details.getStyleClass().add("hover-details");
        details.setId("hover-details");
        details.setWrapText(true);
        details.setMaxWidth(420);
        popup.getContent().add(details);
        onEachArea(over -> {
            // the pointer at rest, found by the area's own hit test: RichTextFX's mouse-over-text events come
            // from its paragraphs' hit tests, which miss or misplace the characters of a right-to-left one
            PauseTransition rest = new PauseTransition(javafx.util.Duration.millis(450));
            double[] pointer = new double[2];
            over.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
                popup.hide();
                pointer[0] = e.getScreenX();
                pointer[1] = e.getScreenY();
                rest.playFromStart();
            });
            over.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
                rest.stop();
                popup.hide();
            });
            over.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> rest.stop());
            rest.setOnFinished(e -> {
                AnnotationDocument doc = document.get();
                javafx.geometry.Point2D local = over.screenToLocal(pointer[0], pointer[1]);
                if (doc == null || local == null || over.getScene() == null) {
                    return;
                }
                OptionalInt at = over.hit(local.getX(), local.getY()).getCharacterIndex();
                String text = at.isEmpty() ? ""
                        : HoverText.describe(doc, labels.get(), over.display().toModel(at.getAsInt()));
                if (!text.isEmpty()) {
                    details.setText(text);
                    popup.show(holder, pointer[0] + 8, pointer[1] + 14);
                }
            });
        });
    }

    public ArticleArea area() {
        return area;
    }

    /** The text area, as the window lays it out. */
    public Region node() {
        return holder;
    }

    /**
     * Hands over the text of a document about to be shown, styled (perhaps on another thread) by {@link
     * StyledText#prepare}; the change flow puts it in place when it announces the document.
     */
    public void prepare(AnnotationDocument doc, StyledText styled) {
        next = doc;
        nextText = styled;
    }

    /**
     * The view step of the change flow: a new document's text in a new area, an edit's paragraphs restyled, or
     * the whole text laid out anew when the reading direction changed (or a change of it was undone).
     */
    public void take(DocumentEvent event) {
        AnnotationDocument doc = event.document();
        if (event instanceof DocumentEvent.Shown) {
            if (doc != next) {
                throw new IllegalStateException("no styled text was prepared for " + doc.articlePath());
            }
            show(nextText);
            next = null;
            nextText = null;
        } else if (event instanceof DocumentEvent.Edited edited) {
            if (edited.change().changesDirection()) {
                show(StyledText.prepare(doc.text(), doc.annotations().all(), knownLabels, doc.direction()));
                return;
            }
            int[] range = edited.change().range();
            if (range[1] > range[0]) {
                restyle(doc.annotations(), range[0], range[1]);
            }
        }
    }

    /** Shows the document's text anew, styled. */
    private void show(StyledText prepared) {
        this.knownLabels = prepared.labels();
        shown = prepared.shown();
        install(prepared.document(), prepared.display());
    }

    void clear() {
        shown = "";
        install(new SimpleEditableStyledDocument<>(Collections.emptyList(), Collections.emptyList()),
                DisplayText.split(""));
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
        DisplayText display = area.display(); // the article's offsets, where the area shows them
        int[] range = HighlightProjection.restyleRange(text, display.toShown(from), display.toShownEnd(to));
        while (true) {
            int[] cluster = Lanes.clusterRange(set, display.toModel(range[0]), display.toModel(range[1]));
            int[] widened = HighlightProjection.restyleRange(text, Math.min(range[0], display.toShown(cluster[0])),
                    Math.max(range[1], display.toShownEnd(cluster[1])));
            if (Arrays.equals(widened, range)) {
                break;
            }
            range = widened;
        }
        List<Annotation> inRange = display.toShown(set.overlapping(display.toModel(range[0]),
                display.toModel(range[1])));
        StyleSpans<Collection<String>> spans = StyledText.withScripts(text, range[0], BidiSpans.forDisplay(text,
                range[0], range[1], overlaid(HighlightProjection.project(inRange, Lanes.assign(inRange), range[0],
                        range[1], knownLabels), range[0], range[1])));
        area.setStyleSpans(range[0], spans);
    }

    /** Style classes added over the highlights of {@code [from, to)}, the projection's spans for that range. */
    @FunctionalInterface
    public interface Overlay {
        StyleSpans<Collection<String>> over(StyleSpans<Collection<String>> spans, int from, int to);
    }

    /** Draws {@code marks} over the highlights from now on (null: none); restyle the ranges they touch. */
    public void setOverlay(Overlay marks) {
        overlay = marks;
    }

    /** Restyles the paragraphs around {@code [from, to)} (an overlay's marks there changed). */
    public void refresh(AnnotationSet set, int from, int to) {
        restyle(set, from, to);
    }

    private StyleSpans<Collection<String>> overlaid(StyleSpans<Collection<String>> spans, int from, int to) {
        return overlay == null ? spans : overlay.over(spans, from, to);
    }

    /**
     * The right-click menu. The toolkit asks for it with a context-menu event on real desktops; the release of
     * the secondary button shows it too, for platforms that send no such event, and
     * {@link #showContextMenuAtCaret()} serves the keyboard's menu key.
     */
    public void installContextMenu(ContextMenu menu) {
        contextMenu = menu;
        onEachArea(target -> {
            target.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
                menu.show(holder, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            target.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                if (e.getButton() == MouseButton.SECONDARY && !menu.isShowing()) {
                    menu.show(holder, e.getScreenX(), e.getScreenY());
                }
            });
        });
    }

    public void showContextMenuAtCaret() {
        if (contextMenu != null) {
            area.getCaretBounds().ifPresent(b -> contextMenu.show(holder, b.getMaxX(), b.getMaxY()));
        }
    }

    /** Selects the article's span {@code [start, end)} and scrolls it into view. */
    public void select(int start, int end) {
        area.selectArticleRange(start, end);
        area.requestFollowCaret();
    }

    /** The article's offset of the character under a point in the area's coordinates, if the point is on text. */
    public OptionalInt characterAt(double x, double y) {
        OptionalInt shownAt = area.hit(x, y).getCharacterIndex();
        return shownAt.isPresent() ? OptionalInt.of(area.display().toModel(shownAt.getAsInt())) : shownAt;
    }
}
