package org.factmark.ui;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.Edit;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.model.LabelSet;
import org.factmark.model.LineIndex;
import org.factmark.model.SpanOrder;
import java.util.Collections;

/**
 * The side list of annotations in text order. It follows the selected annotation and drives it: selecting
 * a row selects that span in the text and scrolls to it. Rows are patched per edit, not rebuilt.
 */
final class AnnotationTable {
    private static final int SNIPPET = 120;
    private final TableView<Annotation> table = new TableView<>();
    private final ObservableList<Annotation> rows = FXCollections.observableArrayList();
    private final EditorState state;
    private LineIndex lines = new LineIndex("");
    private boolean syncing;

    AnnotationTable(EditorState state) {
        this.state = state;
        table.setId("annotation-table");
        table.setItems(rows);
        table.setPlaceholder(new Label("No annotations yet.\nSelect text and press 1–4."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(labelColumn(state.labels()));
        table.getColumns().add(textColumn());
        table.getColumns().add(positionColumn());
        table.getSortOrder().clear();

        state.documentProperty().addListener((obs, old, doc) -> reload(doc));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncing && row != null) {
                state.selectedProperty().set(row);
            }
        });
        state.selectedProperty().addListener((obs, old, a) -> follow(a));
    }

    TableView<Annotation> node() {
        return table;
    }

    private void reload(AnnotationDocument doc) {
        syncing = true;
        try {
            lines = new LineIndex(doc == null ? "" : doc.text());
            rows.setAll(doc == null ? java.util.List.of() : doc.annotations().all());
        } finally {
            syncing = false;
        }
        if (doc != null) {
            doc.addListener(edit -> patch(doc.annotations(), edit));
        }
    }

    // Removes what the edit took away and inserts what it added at its rank: O(log n) to find, no full rebuild.
    private void patch(AnnotationSet set, Edit edit) {
        syncing = true;
        try {
            for (Annotation gone : edit.before()) {
                int at = Collections.binarySearch(rows, gone, SpanOrder.ORDER);
                if (at >= 0) {
                    rows.remove(at);
                }
            }
            for (Annotation added : edit.after()) {
                rows.add(Math.min(set.indexOf(added), rows.size()), added);
            }
        } finally {
            syncing = false;
        }
        follow(state.selected());
    }

    private void follow(Annotation a) {
        syncing = true;
        try {
            if (a == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            int index = state.document().annotations().indexOf(a);
            if (index >= 0 && index < rows.size()) {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private TableColumn<Annotation, String> labelColumn(LabelSet labels) {
        TableColumn<Annotation, String> col = new TableColumn<>("Label");
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                if (empty || label == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(labels.nameOf(label));
                Rectangle chip = new Rectangle(10, 10, labels.byId(label)
                        .map(d -> Color.web(d.colour())).orElse(Color.GRAY));
                chip.setArcWidth(3);
                chip.setArcHeight(3);
                setGraphic(chip);
            }
        });
        col.setPrefWidth(105);
        col.setMinWidth(90);
        col.setSortable(false);
        return col;
    }

    private TableColumn<Annotation, String> textColumn() {
        TableColumn<Annotation, String> col = new TableColumn<>("Text");
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(snippet(c.getValue())));
        col.setPrefWidth(260);
        col.setSortable(false);
        return col;
    }

    private TableColumn<Annotation, Annotation> positionColumn() {
        TableColumn<Annotation, Annotation> col = new TableColumn<>("Line:Col");
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : (lines.line(a.start()) + 1) + ":" + (lines.column(a.start()) + 1));
            }
        });
        col.setPrefWidth(84);
        col.setMinWidth(80);
        col.setSortable(false);
        return col;
    }

    private String snippet(Annotation a) {
        String text = state.document().text();
        int end = Math.min(a.end(), a.start() + SNIPPET);
        String s = text.substring(a.start(), end).replace('\n', ' ');
        return end < a.end() ? s + "…" : s;
    }
}
