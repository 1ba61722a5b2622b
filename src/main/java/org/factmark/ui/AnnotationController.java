package org.factmark.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.IndexRange;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.Edit;
import org.factmark.model.Annotation;

/** Labelling, relabelling, deleting, undo and redo, and which annotation is selected. */
final class AnnotationController {
    private final EditorState state;
    private final ArticleView view;
    private final StatusBar status;
    private String lastClickedId;
    private boolean selecting;

    AnnotationController(EditorState state, ArticleView view, StatusBar status) {
        this.state = state;
        this.view = view;
        this.status = status;
        state.documentProperty().addListener((obs, old, doc) -> {
            if (doc != null) {
                doc.addListener(this::restyleAfter);
            }
        });
        state.selectedProperty().addListener((obs, old, a) -> {
            if (a != null) {
                selecting = true;
                try {
                    view.select(a.start(), a.end());
                } finally {
                    selecting = false;
                }
            }
        });
        // Moving the selection away from the selected annotation's span deselects it.
        view.area().selectionProperty().addListener((obs, old, sel) -> {
            Annotation a = state.selected();
            if (!selecting && a != null && (sel.getStart() != a.start() || sel.getEnd() != a.end())) {
                state.selectedProperty().set(null);
            }
        });
    }

    private void restyleAfter(Edit edit) {
        AnnotationDocument doc = state.document();
        int[] range = edit.range();
        if (range[1] > range[0]) {
            view.restyle(doc.annotations(), doc.text(), range[0], range[1]);
        }
    }

    /**
     * The label key: relabels the selected annotation, or labels the selected text and selects the new
     * annotation, so pressing another key straight after changes its label.
     */
    void applyLabel(String label) {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        Annotation selected = state.selected();
        if (selected != null) {
            List<Annotation> changed = doc.relabel(List.of(selected.id()), label);
            if (!changed.isEmpty()) {
                status.flash("Relabelled as " + state.labels().nameOf(label));
            }
            return;
        }
        IndexRange sel = view.area().getSelection();
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

    void deleteSelected() {
        AnnotationDocument doc = state.document();
        Annotation selected = state.selected();
        if (doc == null || selected == null) {
            return;
        }
        doc.delete(List.of(selected.id()));
        view.area().moveTo(selected.start());
        status.flash("Deleted " + state.labels().nameOf(selected.label()));
    }

    void undo() {
        AnnotationDocument doc = state.document();
        if (doc != null) {
            String what = doc.undoDescription().orElse("");
            if (doc.undo()) {
                status.flash("Undone: " + what);
            }
        }
    }

    void redo() {
        AnnotationDocument doc = state.document();
        if (doc != null) {
            String what = doc.redoDescription().orElse("");
            if (doc.redo()) {
                status.flash("Redone: " + what);
            }
        }
    }

    /** A click on text: selects the innermost annotation there; clicking again steps outward, then wraps. */
    void clickedAt(int offset) {
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
        state.selectedProperty().set(null);
        state.selectedProperty().set(chosen);
    }

    void select(Annotation a) {
        state.selectedProperty().set(a);
    }
}
