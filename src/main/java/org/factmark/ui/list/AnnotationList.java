package org.factmark.ui.list;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.edit.Edit;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.model.LineIndex;
import org.factmark.model.SpanOrder;
import org.factmark.ui.flow.EditorState;
import org.fxmisc.flowless.VirtualFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;

/**
 * The side list of annotations, in text order unless the user sorts by a column, filtered by
 * {@link ListFilter}. It follows the selected annotation and drives it: selecting a row selects that span in
 * the text. Several rows can be selected (Shift or Ctrl with a click, Shift with the arrows) to delete or
 * relabel them at once.
 * <p>
 * Built on a virtual flow that lays out only the rows on screen and estimates the rest, so an edit, a jump or
 * a scroll costs the same with 200 rows or 200,000 (the toolkit's table walks every row's height on each).
 * Rows are patched per edit, never rebuilt, and the selection is kept by id so it survives relabelling.
 */
public final class AnnotationList extends VBox {
    /** Every annotation, in text order. */
    private final List<Annotation> rows = new ArrayList<>();
    /**
     * The rows shown: {@link #rows} through the filter, in the chosen order. Kept by hand rather than by the
     * toolkit's filtered and shown lists, which renumber every row on each insertion.
     */
    private final ObservableList<Annotation> shown = FXCollections.observableArrayList();
    private Predicate<Annotation> filter;
    private Comparator<Annotation> order;
    private final VirtualFlow<Annotation, AnnotationRow> flow;
    private final ListHeader header;
    private final Label placeholder = new Label("No annotations here yet.\nSelect text and press 1–4.");
    private final EditorState state;
    private final Set<String> selected = new LinkedHashSet<>();
    /** Every row the flow has made: a screenful or two, reused; cheaper to walk than to ask the flow. */
    private final List<AnnotationRow> made = new ArrayList<>();
    private String anchor;
    private String lead;
    /** The document's lines, for the line:column of each row; the window keeps them, one index for both. */
    private final Supplier<LineIndex> lines;

    public AnnotationList(EditorState state, Supplier<LineIndex> lines) {
        this.state = state;
        this.lines = lines;
        setId("annotation-list");
        getStyleClass().add("annotation-list");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleText("Annotations");
        flow = VirtualFlow.createVertical(shown, a -> {
            AnnotationRow row = new AnnotationRow(state::labels, this::text, lines, selected::contains);
            row.updateItem(a);
            made.add(row);
            row.onDispose(() -> made.remove(row));
            return row;
        });
        flow.getStyleClass().add("list-flow");
        VirtualizedScrollPane<VirtualFlow<Annotation, AnnotationRow>> scroll = new VirtualizedScrollPane<>(flow);
        placeholder.getStyleClass().add("list-placeholder");
        placeholder.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(shown));
        placeholder.setMouseTransparent(true);
        StackPane body = new StackPane(scroll, placeholder);
        VBox.setVgrow(body, Priority.ALWAYS);
        header = new ListHeader(state::labels, this::text, cmp -> {
            order = cmp;
            rebuild();
            reordered();
        });
        // the header's columns stay over the rows': it leaves room for the rows' scroll bar
        header.paddingRightProperty().bind(widthProperty().subtract(flow.widthProperty()));
        getChildren().addAll(header.node(), body);

        flow.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                var hit = flow.hit(e.getX(), e.getY());
                if (hit.isCellHit()) { // a press below the last row is on no row
                    clicked(hit.getCellIndex(), e.isShortcutDown(), e.isShiftDown());
                }
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);

        state.labelsProperty().addListener((obs, old, labels) -> {
            if (order != null) {
                rebuild(); // label names, which the list may be shown by, come from the schema
            }
            refreshVisible();
        });
        state.selectedProperty().addListener((obs, old, a) -> follow(a));
    }

    // ---- what the window and the tests ask of the list

    /** The rows as shown: filtered and in the shown order. */
    public List<Annotation> items() {
        return Collections.unmodifiableList(shown);
    }

    /** The selected rows, in list order: what Delete and the label keys act on when there are several. */
    public List<Annotation> selectedItems() {
        if (selected.isEmpty()) {
            return List.of();
        }
        List<Annotation> out = new ArrayList<>(selected.size());
        for (String id : selected) {
            int i = indexOfId(id);
            if (i >= 0) {
                out.add(shown.get(i));
            }
        }
        out.sort(java.util.Comparator.comparingInt(a -> indexOfId(a.id())));
        return out;
    }

    /** The row last selected (the lead), or null. */
    public Annotation selectedItem() {
        int i = lead == null ? -1 : indexOfId(lead);
        return i < 0 ? null : shown.get(i);
    }

    /** Selects one row, as a click on it does, and shows it. */
    public void select(int index) {
        clicked(index, false, false);
        reveal(index);
    }

    void setFilter(Predicate<Annotation> filter) {
        if (filter == null && this.filter == null) {
            return; // everything shown before and after: a new document's rows are already in place
        }
        this.filter = filter;
        rebuild();
        selected.removeIf(id -> indexOfId(id) < 0);
        reordered();
    }

    /** After a new filter or order: the selected row stays in view, or the list starts at its top. */
    private void reordered() {
        Annotation current = state.selected();
        if (current != null && indexOfId(current.id()) >= 0) {
            follow(current);
        } else {
            if (!shown.isEmpty()) {
                flow.showAsFirst(0);
            }
            showSelection();
        }
    }

    int shownCount() {
        return shown.size();
    }

    // ---- keeping up with the document

    /** The list step of the change flow: a new document's rows, or an edit's patched in. */
    public void take(DocumentEvent event) {
        if (event instanceof DocumentEvent.Shown) {
            reload(event.document());
        } else if (event instanceof DocumentEvent.Edited edited) {
            patch(edited.document().annotations(), edited.change());
        }
    }

    private String text() {
        AnnotationDocument doc = state.document();
        return doc == null ? "" : doc.text();
    }

    private void reload(AnnotationDocument doc) {
        selected.clear();
        anchor = null;
        lead = null;
        rows.clear();
        rows.addAll(doc.annotations().all());
        rebuild();
        if (!shown.isEmpty()) {
            flow.showAsFirst(0); // a new document starts at its top
        }
        showSelection();
    }

    /**
     * Removes what the edit took away and inserts what it added at its rank: O(log n) to find, no rebuild. The
     * selection is the selection step's: the list follows it when it changes.
     */
    private void patch(AnnotationSet set, Edit edit) {
        boolean wasEmpty = shown.isEmpty();
        boolean mirror = filter == null && order == null; // shown = rows: the same places
        for (Annotation gone : edit.before()) {
            int at = Collections.binarySearch(rows, gone, SpanOrder.ORDER);
            if (at >= 0) {
                rows.remove(at);
            }
            int shownAt = mirror ? at : Collections.binarySearch(shown, gone, shownOrder());
            if (shownAt >= 0 && shownAt < shown.size() && shown.get(shownAt).equals(gone)) {
                shown.remove(shownAt);
            }
        }
        for (Annotation added : edit.after()) {
            int at = Math.min(set.indexOf(added), rows.size());
            rows.add(at, added);
            if (mirror) {
                shown.add(at, added);
            } else if (filter == null || filter.test(added)) {
                int place = Collections.binarySearch(shown, added, shownOrder());
                shown.add(place >= 0 ? place : -place - 1, added);
            }
        }
        selected.removeIf(id -> set.get(id).isEmpty()); // deleted rows leave the selection
        if (wasEmpty && !shown.isEmpty()) {
            flow.showAsFirst(0); // the flow keeps its place among the rows it had; with none, start at the top
        }
        if (lead != null && selected.contains(lead)) {
            // rows added or taken away above the selected one (an import, a merge, an undo) push it along
            int index = indexOfId(lead);
            if (index >= 0) {
                reveal(index);
            }
        }
        showSelection();
    }

    /** The shown rows made anew from all of them: after a new filter, order or document. */
    private void rebuild() {
        if (filter == null && order == null) {
            shown.setAll(rows);
        } else {
            shown.setAll(rows.stream().filter(filter == null ? a -> true : filter).sorted(shownOrder()).toList());
        }
    }

    /** The order of the shown rows, made total (ties in text order) so a row can be found by halving. */
    private Comparator<Annotation> shownOrder() {
        return order == null ? SpanOrder.ORDER : order.thenComparing(SpanOrder.ORDER);
    }

    private void refreshVisible() {
        for (AnnotationRow row : made) {
            if (row.item() != null) {
                row.updateItem(row.item());
            }
        }
    }

    // ---- selection

    /** The list's one answer to a new selection, wherever it was made (here, in the text, by an edit or undo). */
    private void follow(Annotation a) {
        if (a == null) {
            selected.clear();
            lead = null;
            anchor = null;
            showSelection();
            return;
        }
        if (selected.size() > 1 && selected.contains(a.id())) {
            return; // part of a multiple selection the user is making: leave it alone
        }
        int index = indexOfId(a.id());
        selected.clear();
        if (index >= 0) {
            selected.add(a.id());
            lead = a.id();
            anchor = a.id();
            reveal(index);
        } else {
            lead = null;
            anchor = null;
        }
        showSelection();
    }

    private void clicked(int index, boolean toggle, boolean range) {
        if (index < 0 || index >= shown.size()) {
            return;
        }
        String id = shown.get(index).id();
        if (range && anchor != null && indexOfId(anchor) >= 0) {
            selectRange(indexOfId(anchor), index);
        } else if (toggle) {
            if (!selected.remove(id)) {
                selected.add(id);
            }
            anchor = id;
        } else {
            selected.clear();
            selected.add(id);
            anchor = id;
        }
        lead = id;
        announce();
    }

    private void selectRange(int from, int to) {
        selected.clear();
        for (int i = Math.min(from, to); i <= Math.max(from, to); i++) {
            selected.add(shown.get(i).id());
        }
    }

    /** Tells the editor which annotation the list now points at: the lead row. */
    private void announce() {
        showSelection();
        Annotation current = selectedItem();
        if (current != null && selected.contains(current.id())) {
            state.selectedProperty().set(current);
        }
    }

    private void key(KeyEvent e) {
        if (shown.isEmpty()) {
            return;
        }
        int at = lead == null ? -1 : indexOfId(lead);
        int page = Math.max(1, flow.getLastVisibleIndex() - flow.getFirstVisibleIndex());
        int to = switch (e.getCode()) {
            case UP -> Math.max(0, at - 1);
            case DOWN -> Math.min(shown.size() - 1, at + 1);
            case PAGE_UP -> Math.max(0, at - page);
            case PAGE_DOWN -> Math.min(shown.size() - 1, Math.max(0, at) + page);
            case HOME -> 0;
            case END -> shown.size() - 1;
            default -> -1;
        };
        if (to < 0 || e.isAltDown()) {
            return;
        }
        e.consume();
        if (e.isShiftDown() && anchor != null && indexOfId(anchor) >= 0) {
            selectRange(indexOfId(anchor), to);
            lead = shown.get(to).id();
            announce();
        } else {
            clicked(to, false, false);
        }
        reveal(to);
    }

    private void reveal(int index) {
        int first = flow.getFirstVisibleIndex();
        int last = flow.getLastVisibleIndex();
        if (first < 0 || index < first || index > last) {
            flow.showAsFirst(Math.max(0, index - 3));
        } else if (index == first || index == last) {
            flow.show(index); // partly hidden at an edge: bring it fully in
        }
    }

    /** Marks the rows on screen; a row coming into view marks itself as it is given its annotation. */
    private void showSelection() {
        for (AnnotationRow row : made) {
            row.setSelected(row.item() != null && selected.contains(row.item().id()));
        }
    }

    private int indexOfId(String id) {
        AnnotationDocument doc = state.document();
        if (doc != null && filter == null && order == null) {
            // the list is the document in text order: its rank is the row, found in O(log n)
            return doc.annotations().get(id).map(a -> doc.annotations().indexOf(a)).orElse(-1);
        }
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
