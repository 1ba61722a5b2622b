package org.factmark.ui.selection;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.IndexRange;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.edit.Edit;
import org.factmark.edit.SpanAdjuster;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;

/** Labelling, relabelling, deleting, undo and redo, and which annotation is selected. */
public final class AnnotationController {
    private final EditorState state;
    private final ArticleView view;
    private final StatusBar status;
    private String lastClickedId;
    private boolean byCharacter;
    private java.util.function.Supplier<List<Annotation>> listSelection = List::of;

    public AnnotationController(EditorState state, ArticleView view, StatusBar status) {
        this.state = state;
        this.view = view;
        this.status = status;
        // the text shows the selected annotation's span selected
        state.selectedProperty().addListener((obs, old, a) -> {
            if (a != null) {
                view.select(a.start(), a.end());
            }
        });
        // Moving the selection away from the selected annotation's span deselects it.
        view.onEachArea(area -> area.selectionProperty().addListener((obs, old, sel) -> {
            Annotation a = state.selected();
            if (a != null && (sel.getStart() != a.start() || sel.getEnd() != a.end())) {
                state.selectedProperty().set(null);
            }
        }));
    }

    /**
     * The selection step of the change flow: nothing is selected in a new document; after an edit the
     * selection points at the new version of the selected annotation (none when it is gone); after an undo or
     * redo, what it touched is selected.
     */
    public void take(DocumentEvent event) {
        if (event instanceof DocumentEvent.Shown) {
            lastClickedId = null;
            state.selectedProperty().set(null);
        } else if (event instanceof DocumentEvent.Edited edited) {
            if (edited.cause() == DocumentEvent.Cause.EDIT) {
                Annotation sel = state.selected();
                if (sel != null) {
                    state.selectedProperty().set(edited.document().annotations().get(sel.id()).orElse(null));
                }
            } else {
                selectTouched(edited.document(), edited.change());
            }
        }
    }

    /** Where the rows selected in the list come from: Delete and the label keys act on all of them. */
    public void listSelectionFrom(java.util.function.Supplier<List<Annotation>> rows) {
        listSelection = rows;
    }

    /** The annotations a command acts on: the rows selected in the list when several are, else the selected one. */
    private List<Annotation> targets() {
        List<Annotation> rows = listSelection.get();
        if (rows.size() > 1) {
            return rows;
        }
        return state.selected() == null ? List.of() : List.of(state.selected());
    }

    /**
     * The label key: relabels the selected annotation (or every row selected in the list), or labels the
     * selected text and selects the new annotation, so pressing another key straight after changes its label.
     */
    public void applyLabel(String label) {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        List<Annotation> targets = targets();
        if (!targets.isEmpty()) {
            List<Annotation> changed = doc.relabel(targets.stream().map(Annotation::id).toList(), label);
            if (!changed.isEmpty()) {
                status.flash("Relabelled " + (changed.size() == 1 ? "" : changed.size() + " annotations ")
                        + "as " + state.labels().nameOf(label));
            }
            return;
        }
        IndexRange sel = view.area().articleSelection();
        if (sel.getLength() == 0) {
            status.flash("Select some text first, then press a label key");
            return;
        }
        Optional<Annotation> added = doc.label(sel.getStart(), sel.getEnd(), label);
        added.ifPresentOrElse(a -> {
            state.selectedProperty().set(a);
            status.flash("Labelled as " + state.labels().nameOf(label));
        }, () -> status.flash("Nothing to label: the selection is blank or already carries that label"));
    }

    public void deleteSelected() {
        AnnotationDocument doc = state.document();
        List<Annotation> targets = targets();
        if (doc == null || targets.isEmpty()) {
            return;
        }
        doc.delete(targets.stream().map(Annotation::id).toList());
        view.area().moveToArticle(targets.get(0).start());
        status.flash(targets.size() == 1 ? "Deleted " + state.labels().nameOf(targets.get(0).label())
                : "Deleted " + targets.size() + " annotations");
    }

    /** N / P, Tab / Shift+Tab: the next or previous annotation in text order from the selection or the caret. */
    public void step(boolean forward) {
        AnnotationDocument doc = state.document();
        if (doc == null || doc.annotations().isEmpty()) {
            return;
        }
        AnnotationSet set = doc.annotations();
        Annotation selected = state.selected();
        int index;
        if (selected != null) {
            index = set.indexOf(selected) + (forward ? 1 : -1);
        } else {
            int caret = view.area().articleCaret();
            int before = set.countStartingBefore(caret);
            index = forward ? before : before - 1;
        }
        if (index < 0 || index >= set.size()) {
            status.flash(forward ? "That was the last annotation; continuing from the first"
                    : "That was the first annotation; continuing from the last");
            index = forward ? 0 : set.size() - 1;
        }
        state.selectedProperty().set(set.at(index));
    }

    /** Alt+←/→ moves the selected annotation's start, Alt+Shift+←/→ its end; by word unless by character. */
    public void moveBoundary(SpanAdjuster.Edge edge, boolean forward) {
        AnnotationDocument doc = state.document();
        Annotation a = state.selected();
        if (doc == null || a == null) {
            status.flash("Select an annotation first, then move its boundaries with Alt+arrows");
            return;
        }
        SpanAdjuster.move(doc.text(), a.start(), a.end(), edge, forward, !byCharacter).ifPresentOrElse(span ->
                doc.update(edge == SpanAdjuster.Edge.START ? "Move start" : "Move end",
                        List.of(a.withSpan(span[0], span[1], ""))),
                () -> status.flash("The annotation cannot be made shorter or longer that way"));
    }

    public void setMoveByCharacter(boolean on) {
        byCharacter = on;
        status.flash(on ? "Boundaries move by character" : "Boundaries move by word");
    }

    public void undo() {
        AnnotationDocument doc = state.document();
        if (doc != null) {
            String what = doc.undoDescription().orElse("");
            if (doc.undo()) {
                status.flash("Undone: " + what);
            }
        }
    }

    public void redo() {
        AnnotationDocument doc = state.document();
        if (doc != null) {
            String what = doc.redoDescription().orElse("");
            if (doc.redo()) {
                status.flash("Redone: " + what);
            }
        }
    }

    /**
     * After an undo or redo, selects what it touched, so the next key acts on it: the first annotation it
     * brought back or changed, or, when it only took annotations away, the text they covered.
     */
    private void selectTouched(AnnotationDocument doc, Edit change) {
        Optional<Annotation> touched = change.after().stream().sorted(org.factmark.model.SpanOrder.ORDER)
                .map(a -> doc.annotations().get(a.id())).flatMap(Optional::stream).findFirst();
        if (touched.isPresent()) {
            select(touched.get());
        } else if (!change.before().isEmpty()) {
            int[] range = change.range();
            state.selectedProperty().set(null);
            view.select(range[0], range[1]);
        }
    }

    /** A click on text: selects the innermost annotation there; clicking again steps outward, then wraps. */
    public void clickedAt(int offset) {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        List<Annotation> here = doc.annotations().covering(offset);
        if (here.isEmpty()) {
            lastClickedId = null;
            return;
        }
        int next = 0;
        for (int i = 0; i < here.size(); i++) {
            if (here.get(i).id().equals(lastClickedId)) {
                next = (i + 1) % here.size();
                break;
            }
        }
        Annotation chosen = here.get(next);
        lastClickedId = chosen.id();
        select(chosen);
    }

    /** Selects an annotation; the text, the list and the inspector follow (the text again if it was selected). */
    public void select(Annotation a) {
        if (a.equals(state.selected())) {
            view.select(a.start(), a.end());
        } else {
            state.selectedProperty().set(a);
        }
    }
}
