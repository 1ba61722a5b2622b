package org.factmark.ui;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.Edit;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.model.AttributeCheck;
import org.factmark.model.LineIndex;
import org.factmark.model.SpanOrder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The side list of annotations, in text order unless the user sorts a column, filtered by {@link ListFilter}.
 * It follows the selected annotation and drives it: selecting a row selects that span in the text and
 * scrolls to it. Several rows can be selected to delete or relabel them at once. Rows are patched per edit,
 * not rebuilt.
 */
final class AnnotationTable {
    private static final int SNIPPET = 120;
    private final TableView<Annotation> table = new TableView<>();
    private final ObservableList<Annotation> rows = FXCollections.observableArrayList();
    private final FilteredList<Annotation> filtered = new FilteredList<>(rows);
    private final EditorState state;
    private LineIndex lines = new LineIndex("");
    private boolean syncing;

    AnnotationTable(EditorState state) {
        this.state = state;
        table.setId("annotation-table");
        SortedList<Annotation> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // one row height for all: the list then never measures rows to place them or estimate its length,
        // which with tens of thousands of rows is most of the cost of each edit
        table.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2.2));
        table.setPlaceholder(new Label("No annotations here yet.\nSelect text and press 1–4."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(warningColumn());
        table.getColumns().add(labelColumn());
        table.getColumns().add(textColumn());
        table.getColumns().add(verdictColumn());
        table.getColumns().add(positionColumn());

        state.documentProperty().addListener((obs, old, doc) -> reload(doc));
        state.labelsProperty().addListener((obs, old, labels) -> table.refresh());
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

    /** The rows the user has selected: what Delete and the label keys act on when there are several. */
    List<Annotation> selectedRows() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    void setFilter(java.util.function.Predicate<Annotation> filter) {
        filtered.setPredicate(filter);
        follow(state.selected());
    }

    int shownCount() {
        return table.getItems().size();
    }

    private void reload(AnnotationDocument doc) {
        syncing = true;
        try {
            lines = new LineIndex(doc == null ? "" : doc.text());
            rows.setAll(doc == null ? List.of() : doc.annotations().all());
        } finally {
            syncing = false;
        }
        if (doc != null) {
            doc.addListener(edit -> patch(doc.annotations(), edit));
        }
    }

    // Removes what the edit took away and inserts what it added at its rank: O(log n) to find, no full rebuild.
    private void patch(AnnotationSet set, Edit edit) {
        List<String> multiple = table.getSelectionModel().getSelectedItems().size() > 1
                ? table.getSelectionModel().getSelectedItems().stream().map(Annotation::id).toList() : List.of();
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
            // a relabel of several rows keeps them all selected, so Delete or another key acts on them again
            List<Integer> still = multiple.stream().map(set::get).flatMap(java.util.Optional::stream)
                    .map(table.getItems()::indexOf).filter(i -> i >= 0).toList();
            if (still.size() > 1) {
                table.getSelectionModel().clearSelection();
                still.forEach(table.getSelectionModel()::select);
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
            // by id: during an edit the selection may still name the version before it
            List<Annotation> chosen = table.getSelectionModel().getSelectedItems();
            if (chosen.size() > 1 && chosen.stream().anyMatch(x -> x.id().equals(a.id()))) {
                return; // part of a multiple selection the user is making: leave it alone
            }
            int index = indexOfId(a.id());
            if (index >= 0) {
                table.getSelectionModel().clearAndSelect(index);
                table.getFocusModel().focus(index);
                if (!shown(index)) {
                    table.scrollTo(Math.max(0, index - 3));
                }
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            syncing = false;
        }
    }

    /** Whether the row is on screen already: scrolling costs a layout of every visible row. */
    private boolean shown(int index) {
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null) {
            return flow.getFirstVisibleCell().getIndex() <= index && index <= flow.getLastVisibleCell().getIndex();
        }
        return false;
    }

    private int indexOfId(String id) {
        AnnotationDocument doc = state.document();
        if (doc != null && filtered.getPredicate() == null && table.getSortOrder().isEmpty()) {
            // the list is the document in text order: its rank is the row, found in O(log n)
            return doc.annotations().get(id).map(a -> doc.annotations().indexOf(a)).orElse(-1);
        }
        List<Annotation> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private TableColumn<Annotation, Annotation> warningColumn() {
        TableColumn<Annotation, Annotation> col = new TableColumn<>();
        col.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            // one icon and one tooltip per cell, shown or not, and the style class changed only when it must:
            // new nodes or classes on every update would each cost a CSS pass
            private final FontIcon icon = new FontIcon(Feather.ALERT_TRIANGLE);
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                List<String> problems = empty || a == null ? List.of() : AttributeCheck.problems(state.labels(), a);
                boolean warn = !problems.isEmpty();
                setGraphic(warn ? icon : null);
                if (warn != getStyleClass().contains("warning-cell")) {
                    if (warn) {
                        getStyleClass().add("warning-cell");
                    } else {
                        getStyleClass().remove("warning-cell");
                    }
                }
                if (warn) {
                    tip.setText(String.join("\n", problems));
                }
                setTooltip(warn ? tip : null);
                setAccessibleText(warn ? "needs details: " + String.join("; ", problems) : null);
            }
        });
        col.setComparator((x, y) -> Boolean.compare(AttributeCheck.missingRequired(state.labels(), x),
                AttributeCheck.missingRequired(state.labels(), y)));
        col.setPrefWidth(30);
        col.setMinWidth(30);
        col.setMaxWidth(30);
        col.setResizable(false);
        return col;
    }

    private TableColumn<Annotation, String> labelColumn() {
        TableColumn<Annotation, String> col = new TableColumn<>("Label");
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        col.setCellFactory(c -> new TableCell<>() {
            private final Rectangle chip = new Rectangle(10, 10);

            {
                chip.setArcWidth(3);
                chip.setArcHeight(3);
            }

            @Override
            protected void updateItem(String label, boolean empty) {
                super.updateItem(label, empty);
                if (empty || label == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(state.labels().nameOf(label));
                chip.setFill(state.labels().byId(label).map(d -> Color.web(d.colour())).orElse(Color.GRAY));
                setGraphic(chip);
            }
        });
        col.setPrefWidth(105);
        col.setMinWidth(90);
        return col;
    }

    private TableColumn<Annotation, String> textColumn() {
        TableColumn<Annotation, String> col = new TableColumn<>("Text");
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(snippet(c.getValue())));
        col.setComparator(String.CASE_INSENSITIVE_ORDER);
        col.setPrefWidth(240);
        return col;
    }

    private TableColumn<Annotation, String> verdictColumn() {
        TableColumn<Annotation, String> col = new TableColumn<>("Verdict");
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(Objects.toString(
                c.getValue().attributes().get("verdict"), "")));
        col.setPrefWidth(90);
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
        col.setComparator(SpanOrder.ORDER);
        col.setPrefWidth(84);
        col.setMinWidth(80);
        return col;
    }

    private String snippet(Annotation a) {
        String text = state.document().text();
        int end = Math.min(a.end(), a.start() + SNIPPET);
        String s = text.substring(a.start(), end).replace('\n', ' ');
        return end < a.end() ? s + "…" : s;
    }
}
