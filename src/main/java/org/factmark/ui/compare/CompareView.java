package org.factmark.ui.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factmark.compare.Change;
import org.factmark.compare.Choice;
import org.factmark.compare.Comparison;
import org.factmark.compare.Curation;
import org.factmark.compare.Difference;
import org.factmark.compare.Kind;
import org.factmark.edit.AnnotationDocument;
import org.factmark.merge.MergeResult;
import org.factmark.model.Annotation;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.flow.EditorState;

/**
 * The differences between my annotations and theirs, grouped by kind, beside the article (their spans outlined
 * in the text). T takes theirs, K keeps mine, B takes both, for the difference selected or, with Shift (or on a
 * group's title), for every difference of its kind; each is one undo step in the main window.
 */
final class CompareView {
    /** A row: a group's title ({@code difference} null) or one difference. */
    record Row(Kind kind, int count, Difference difference) {
    }

    private final EditorState state;
    private final ArticleView view;
    private final AnnotationDocument doc;
    private final Curation curation;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ListView<Row> list = new ListView<>(rows);
    private final Label summary = new Label();
    private final Stage stage = new Stage();
    private TheirsOutlines outlines = new TheirsOutlines(List.of());
    private Comparison current;

    CompareView(EditorState state, ArticleView view, Window owner, AnnotationDocument doc, Curation curation,
                String title, String agreement) {
        this.state = state;
        this.view = view;
        this.doc = doc;
        this.curation = curation;
        stage.initOwner(owner);
        stage.setTitle(title + " — Factmark");
        Label heading = new Label(title);
        heading.getStyleClass().add("compare-title");
        heading.setWrapText(true);
        summary.setWrapText(true);
        summary.setId("compare-summary");
        Label agree = new Label(agreement);
        agree.setId("compare-agreement");
        agree.setWrapText(true);
        agree.setManaged(!agreement.isEmpty());
        agree.setVisible(!agreement.isEmpty());
        list.setId("compare-list");
        list.setCellFactory(v -> new RowCell(doc.text()));
        list.setOnKeyPressed(this::key);
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> showInText(row));
        Button take = button("Take Theirs (T)", Choice.THEIRS, "compare-take");
        Button keep = button("Keep Mine (K)", Choice.MINE, "compare-keep");
        Button both = button("Both (B)", Choice.BOTH, "compare-both");
        Label hint = new Label("Shift+T, K, B (or T, K, B on a group's title): every difference of that kind. "
                + "Undo in the main window takes a choice back.");
        hint.setWrapText(true);
        hint.getStyleClass().add("compare-hint");
        for (Label l : List.of(heading, summary, agree, hint)) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        VBox root = new VBox(8, heading, summary, agree, list, new HBox(6, take, keep, both), hint);
        root.setId("compare-view");
        root.setPadding(new Insets(12));
        VBox.setVgrow(list, Priority.ALWAYS);
        stage.setScene(new Scene(root, 500, 620));
        stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> clearOutlines());
        if (owner.getWidth() > 0) { // beside the text: over the right of the window, where the list is
            stage.setX(owner.getX() + Math.max(0, owner.getWidth() - 520));
            stage.setY(owner.getY() + 90);
        }
    }

    AnnotationDocument document() {
        return doc;
    }

    Stage stage() {
        return stage;
    }

    void show() {
        refresh();
        stage.show();
        list.requestFocus();
        list.getSelectionModel().select(rows.size() > 1 ? 1 : 0);
    }

    void close() {
        stage.hide();
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    /** Finds the differences again from the document (after any change to it) and shows what is left. */
    void refresh() {
        current = curation.compare(doc.annotations().all());
        int at = Math.max(0, list.getSelectionModel().getSelectedIndex());
        Map<Kind, List<Difference>> groups = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            List<Difference> of = current.of(kind);
            if (!of.isEmpty()) {
                groups.put(kind, of);
            }
        }
        List<Row> made = new ArrayList<>();
        groups.forEach((kind, ds) -> {
            made.add(new Row(kind, ds.size(), null));
            ds.forEach(d -> made.add(new Row(kind, 0, d)));
        });
        rows.setAll(made);
        int left = current.differences().size();
        summary.setText(left == 0 ? "Nothing left to decide: your annotations hold everything of theirs you chose. "
                + "Save as usual." : left + (left == 1 ? " difference" : " differences") + " to decide; "
                + current.identical() + " the same in both (merged, not listed).");
        if (!rows.isEmpty()) {
            int index = Math.min(at, rows.size() - 1);
            list.getSelectionModel().clearAndSelect(rows.get(index).difference() == null && index + 1 < rows.size()
                    && at > 0 ? index + 1 : index);
        }
        outline(current.differences().stream().map(Difference::theirs).filter(t -> t != null).toList());
    }

    /** Applies a choice to the selected difference, or to every one of its kind. */
    void choose(Choice choice, boolean wholeKind) {
        Row row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        List<Difference> chosen = wholeKind || row.difference() == null ? current.of(row.kind())
                : List.of(row.difference());
        Change change = curation.choose(choice, chosen, id -> doc.annotations().get(id).isPresent());
        if (change.isEmpty()) {
            refresh(); // kept: nothing changes in the document, the difference leaves the list
            return;
        }
        Map<String, Annotation> target = new LinkedHashMap<>();
        doc.annotations().all().forEach(a -> target.put(a.id(), a));
        change.remove().forEach(a -> target.remove(a.id()));
        change.add().forEach(a -> target.put(a.id(), a));
        String what = switch (choice) {
            case THEIRS -> "Take theirs";
            case MINE -> "Keep mine";
            case BOTH -> "Take both";
        };
        doc.applyMerge(chosen.size() == 1 ? what : what + " (" + chosen.size() + ")",
                new MergeResult(new ArrayList<>(target.values()), change.add(), List.of(), change.remove(),
                        List.of(), List.of()));
        // the change flow brings the edit back here (refresh) once the window has taken it
    }

    private void key(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown();
        Choice choice = !plain ? null : switch (e.getCode()) {
            case T -> Choice.THEIRS;
            case K -> Choice.MINE;
            case B -> Choice.BOTH;
            default -> null;
        };
        if (choice != null) {
            choose(choice, e.isShiftDown());
        } else if (e.getCode() == KeyCode.ENTER) {
            showInText(list.getSelectionModel().getSelectedItem());
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
        } else {
            return;
        }
        e.consume();
    }

    private Button button(String text, Choice choice, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> choose(choice, false));
        b.setFocusTraversable(false);
        return b;
    }

    private void showInText(Row row) {
        if (row == null || row.difference() == null || state.document() != doc) {
            return;
        }
        Difference d = row.difference();
        if (d.mine() != null && doc.annotations().get(d.mine().id()).isPresent()) {
            state.selectedProperty().set(doc.annotations().get(d.mine().id()).get());
        } else {
            state.selectedProperty().set(null);
            view.select(d.theirs().start(), d.theirs().end());
        }
    }

    /** Outlines these spans of theirs, restyling only where outlines come or go. */
    private void outline(List<Annotation> theirs) {
        if (state.document() != doc) {
            return;
        }
        Set<Annotation> before = new HashSet<>(outlines.spans());
        Set<Annotation> after = new HashSet<>(theirs);
        List<Annotation> changed = new ArrayList<>();
        before.stream().filter(a -> !after.contains(a)).forEach(changed::add);
        after.stream().filter(a -> !before.contains(a)).forEach(changed::add);
        outlines = new TheirsOutlines(theirs);
        view.setOverlay(theirs.isEmpty() ? null : outlines);
        restyle(changed);
    }

    private void clearOutlines() {
        List<Annotation> was = outlines.spans();
        outlines = new TheirsOutlines(List.of());
        view.setOverlay(null);
        if (state.document() == doc) {
            restyle(was);
        }
    }

    /** Restyles the paragraphs around these spans, neighbours taken together. */
    private void restyle(Collection<Annotation> spans) {
        List<int[]> ranges = spans.stream().map(a -> new int[] {a.start(), a.end()})
                .sorted(java.util.Comparator.comparingInt(r -> r[0])).toList();
        int from = -1;
        int to = -1;
        for (int[] r : ranges) {
            if (from >= 0 && r[0] > to + 2000) {
                view.refresh(doc.annotations(), from, to);
                from = -1;
            }
            if (from < 0) {
                from = r[0];
                to = r[1];
            } else {
                to = Math.max(to, r[1]);
            }
        }
        if (from >= 0) {
            view.refresh(doc.annotations(), from, Math.max(to, from + 1));
        }
    }

    /** A group's title in bold with its count, or one difference's line. */
    private static final class RowCell extends ListCell<Row> {
        private final String text;

        RowCell(String text) {
            this.text = text;
            setPrefWidth(0); // as wide as the list, a long line cut short with "…": no sideways scrolling
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("compare-group");
            if (empty || row == null) {
                setText(null);
            } else if (row.difference() == null) {
                setText(DifferenceText.group(row.kind()) + " · " + row.count());
                getStyleClass().add("compare-group");
            } else {
                setText("    " + DifferenceText.line(row.difference(), text));
            }
        }
    }
}
