package org.factmark.ui.inspector;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.factmark.concurrent.Cores;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.sidecar.FolderValues;
import org.factmark.ui.flow.EditorState;

/** The values the inspector suggests for a detail: those used in this article and in its folder's sidecars. */
public final class SuggestedValues {
    private final EditorState state;
    private Map<String, Set<String>> folderValues = Map.of();

    public SuggestedValues(EditorState state) {
        this.state = state;
    }

    /** A new document: its folder's other sidecars may be large, so they are read off the JavaFX thread. */
    public void readFolderOf(AnnotationDocument doc) {
        folderValues = Map.of();
        CompletableFuture.supplyAsync(() -> FolderValues.around(doc.articlePath()), Cores.pool())
                .thenAccept(values -> Platform.runLater(() -> {
                    if (state.document() == doc) {
                        folderValues = values;
                    }
                }));
    }

    /**
     * Values for an attribute already used in this article (by annotations other than the one being edited,
     * whose value is what is being typed) and the other sidecars of its folder.
     */
    public Collection<String> forAttribute(String attributeId) {
        Set<String> values = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        values.addAll(folderValues.getOrDefault(attributeId, Set.of()));
        AnnotationDocument doc = state.document();
        if (doc != null) {
            for (Annotation a : doc.annotations().all()) {
                if (state.selected() != null && a.id().equals(state.selected().id())) {
                    continue;
                }
                if (a.attributes().get(attributeId) instanceof String s && !s.isBlank()) {
                    values.add(s);
                }
            }
        }
        return values;
    }
}
