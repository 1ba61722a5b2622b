package org.factmark.ui.flow;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.model.Annotation;
import org.factmark.model.LabelSet;

/** What the window shows: the open document, the selected annotation, whether there are unsaved changes. */
public final class EditorState {
    private final ReadOnlyObjectWrapper<AnnotationDocument> document = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final ObjectProperty<LabelSet> labels = new SimpleObjectProperty<>(
            org.factmark.labels.LabelSchemaLoader.bundledDefault());

    public ReadOnlyObjectProperty<AnnotationDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public AnnotationDocument document() {
        return document.get();
    }

    /** The model step of the change flow: takes a new document, and the flags of every change. */
    public void take(DocumentEvent event) {
        if (event instanceof DocumentEvent.Shown) {
            document.set(event.document());
        }
        refreshFlags();
    }

    private void refreshFlags() {
        AnnotationDocument doc = document();
        dirty.set(doc != null && doc.isDirty());
        canUndo.set(doc != null && doc.canUndo());
        canRedo.set(doc != null && doc.canRedo());
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public Annotation selected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public LabelSet labels() {
        return labels.get();
    }

    /** The label schema in use; it changes when an article from a folder with its own labels.json opens. */
    public ObjectProperty<LabelSet> labelsProperty() {
        return labels;
    }
}
