package org.factmark.ui.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.reanchor.Reanchor;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;

/**
 * After an edited article was opened: the annotations that moved, those found with changed text, and the
 * orphans, to check one by one. Enter shows one in the text, and the panel moves off it; A accepts it; R, in the
 * panel or in the text, re-attaches the chosen orphan to the text selected in the main window; Delete deletes
 * an orphan. Every change is undoable in the main window.
 */
public final class ReviewPanel {
    /** One thing to check. */
    public record Item(String kind, String annotationId, Map<String, Object> orphan, String shown) {
        @Override
        public String toString() {
            return shown;
        }
    }

    private final EditorState state;
    private final ArticleView view;
    private final StatusBar status;
    private final Window owner;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ListView<Item> list = new ListView<>(items);
    private final Label heading = new Label();
    private Stage stage;

    public ReviewPanel(EditorState state, ArticleView view, StatusBar status, Window owner) {
        this.state = state;
        this.view = view;
        this.status = status;
        this.owner = owner;
        list.setId("review-list");
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showInText();
            } else if (e.getCode() == KeyCode.A) {
                accept();
            } else if (e.getCode() == KeyCode.R) {
                reattach();
            } else if (e.getCode() == KeyCode.DELETE) {
                deleteOrphan();
            } else if (e.getCode() == KeyCode.ESCAPE && stage != null) {
                stage.hide();
            } else {
                return;
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> showInText());
        heading.textProperty().bind(Bindings.createStringBinding(() -> items.isEmpty() ? "Nothing left to check."
                : items.size() + " to check. Moved annotations sit on the same words elsewhere; “text changed” "
                + "ones on words that differ a little; orphans were not found — select where they belong in the "
                + "text and press R.", items));
    }

    /** Fills the list from the document just opened and shows the panel when there is anything to check. */
    public void review(AnnotationDocument doc, Map<String, Reanchor.Status> placements) {
        List<Item> found = new ArrayList<>();
        for (Map.Entry<String, Reanchor.Status> p : placements.entrySet()) {
            doc.annotations().get(p.getKey()).ifPresent(a -> found.add(new Item(p.getValue() == Reanchor.Status.FUZZY ? "fuzzy" : "moved", a.id(), null,
                    (p.getValue() == Reanchor.Status.FUZZY ? "Text changed · " : "Moved · ") + describe(doc, a))));
        }
        for (Map<String, Object> orphan : doc.orphans()) {
            found.add(new Item("orphan", null, orphan, "Not found · " + orphan.getOrDefault("label", "?") + " “"
                    + clip(String.valueOf(orphan.getOrDefault("text", ""))) + "” (was at " + orphan.get("start") + ")"));
        }
        items.setAll(found);
        if (!found.isEmpty()) {
            show();
        }
    }

    public void show() {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Review re-anchored annotations — Factmark");
            Button showButton = new Button("Show (Enter)");
            showButton.setOnAction(e -> showInText());
            Button acceptButton = new Button("Accept (A)");
            acceptButton.setOnAction(e -> accept());
            Button reattachButton = new Button("Re-attach to Selection (R)");
            reattachButton.setOnAction(e -> reattach());
            Button deleteButton = new Button("Delete Orphan (Del)");
            deleteButton.setOnAction(e -> deleteOrphan());
            HBox buttons = new HBox(6, showButton, acceptButton, reattachButton, deleteButton);
            heading.setWrapText(true);
            heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the list gives way, not the help
            VBox root = new VBox(8, heading, list, buttons);
            root.setId("review-panel");
            root.setPadding(new Insets(10));
            VBox.setVgrow(list, Priority.ALWAYS);
            stage.setScene(new Scene(root, 640, 380));
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
            owner.getScene().addEventFilter(KeyEvent.KEY_PRESSED, this::keyInTheText);
            // back in the main window to select an orphan's place, the panel stays in sight above it
            owner.focusedProperty().addListener((obs, was, focused) -> {
                if (focused && stage.isShowing()) {
                    stage.toFront();
                }
            });
        }
        stage.show();
        list.requestFocus();
        if (!items.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** R pressed in the text, where the panel's hint sends the user to select an orphan's place. */
    private void keyInTheText(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShiftDown();
        boolean inText = owner.getScene().getFocusOwner() == view.area();
        if (plain && e.getCode() == KeyCode.R && stage.isShowing() && inText) {
            Item item = current();
            if (item != null && item.orphan() != null) {
                reattach();
            } else {
                status.flash("R re-attaches the orphan chosen in the review panel: choose one there first");
            }
            e.consume();
        }
    }

    private Item current() {
        return list.getSelectionModel().getSelectedItem();
    }

    private void showInText() {
        Item item = current();
        if (item != null && item.annotationId() != null && state.document() != null) {
            state.document().annotations().get(item.annotationId()).ifPresent(a -> {
                state.selectedProperty().set(a);
                moveOff(a);
            });
        }
    }

    /** Moves the panel, as little as it can, so that it does not cover the annotation just shown. */
    private void moveOff(Annotation a) {
        view.area().layout(); // scrolls the span into view now, so its place on screen is known
        view.area().getCharacterBoundsOnScreen(view.area().display().toShown(a.start()),
                view.area().display().toShownEnd(a.end())).ifPresent(span -> {
            Rectangle2D screen = Screen.getScreensForRectangle(span.getMinX(), span.getMinY(), 1, 1).stream()
                    .findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            Rectangle2D panel = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            Point2D to = clearOf(panel, span, screen);
            stage.setX(to.getX());
            stage.setY(to.getY());
        });
    }

    /**
     * Where the panel's top left corner goes so that it leaves {@code span} uncovered: where it is if it does not
     * cover it; else the nearest place below, above, right or left of the span that is on the screen.
     */
    static Point2D clearOf(Rectangle2D panel, Bounds span, Rectangle2D screen) {
        Point2D here = new Point2D(panel.getMinX(), panel.getMinY());
        if (!span.intersects(panel.getMinX(), panel.getMinY(), panel.getWidth(), panel.getHeight())) {
            return here;
        }
        double gap = 8;
        double w = panel.getWidth();
        double h = panel.getHeight();
        double x = Math.max(screen.getMinX(), Math.min(panel.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(panel.getMinY(), screen.getMaxY() - h));
        List<Point2D> places = List.of(new Point2D(x, span.getMaxY() + gap), new Point2D(x, span.getMinY() - gap - h),
                new Point2D(span.getMaxX() + gap, y), new Point2D(span.getMinX() - gap - w, y));
        return places.stream()
                .filter(p -> screen.contains(p.getX(), p.getY(), w, h))
                .filter(p -> !span.intersects(p.getX(), p.getY(), w, h))
                .min(java.util.Comparator.comparingDouble(p -> p.distance(here)))
                .orElse(here);
    }

    private void accept() {
        Item item = current();
        if (item != null && item.orphan() == null) {
            done(item);
            status.flash("Accepted");
        }
    }

    private void reattach() {
        Item item = current();
        AnnotationDocument doc = state.document();
        if (item == null || item.orphan() == null || doc == null) {
            return;
        }
        IndexRange selection = view.area().articleSelection();
        if (selection.getLength() == 0) {
            status.flash("Select in the text where the orphan belongs, then press R");
            return;
        }
        doc.reattach(item.orphan(), selection.getStart(), selection.getEnd()).ifPresent(a -> {
            done(item);
            state.selectedProperty().set(a);
            status.flash("Re-attached " + a.label() + " (Ctrl+Z in the main window undoes it)");
        });
    }

    /**
     * Takes a checked item off the list, selects the next one and shows its row whole. The rows are laid out at
     * once: a key pressed before the next frame (End after A) then finds the list as it is, not a row longer,
     * and taking off the last row no longer leaves the one before it half hidden.
     */
    private void done(Item item) {
        int at = items.indexOf(item);
        items.remove(at);
        if (!items.isEmpty()) {
            int next = Math.min(at, items.size() - 1);
            list.getSelectionModel().clearAndSelect(next);
            list.layout();
            if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(next);
            }
        }
    }

    private void deleteOrphan() {
        Item item = current();
        if (item != null && item.orphan() != null && state.document() != null) {
            state.document().deleteOrphan(item.orphan());
            done(item);
            status.flash("Deleted the orphan (Ctrl+Z in the main window brings it back)");
        }
    }

    private static String describe(AnnotationDocument doc, Annotation a) {
        return a.label() + " “" + clip(doc.text().substring(a.start(), a.end())) + "”";
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 70 ? one.substring(0, 69) + "…" : one;
    }
}
