package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;

class AnnotationDocumentTest {
    private static final String TEXT = "He said  1,200 people died.\nThen more.";

    private AnnotationDocument doc() {
        return AnnotationDocument.fresh(Path.of("a.txt"), ArticleLoader.fromString("a.txt", TEXT));
    }

    @Test
    void labellingTrimsWhitespaceAtBothEnds() {
        AnnotationDocument doc = doc();
        int from = TEXT.indexOf("  1,200");
        Annotation a = doc.label(from, TEXT.indexOf("died") - 0, "figure").orElseThrow();
        assertEquals("1,200 people", TEXT.substring(a.start(), a.end()));
    }

    @Test
    void theCountsStayTrueThroughEditsUndoAndRedo() {
        AnnotationDocument doc = doc();
        Annotation q = doc.label(0, 7, "quote").orElseThrow();
        Tally counts = doc.tally(); // made now, then kept up to date
        Annotation a = doc.label(TEXT.indexOf("1,200"), TEXT.indexOf(" died"), "assertion").orElseThrow();
        doc.update("Rate", List.of(a.withAttributes(java.util.Map.of("verdict", "true"), "now")));
        doc.relabel(List.of(q.id()), "assertion");
        assertEquals(java.util.Map.of("assertion", 2, "quote", 0), counts.byLabel());
        assertEquals("2 assertions, 1 rated", counts.progress());
        doc.delete(List.of(a.id()));
        assertEquals(new Tally(doc.annotations().all()).progress(), counts.progress());
        assertEquals("1 assertion, 0 rated", counts.progress());
        assertTrue(doc.undo());
        assertTrue(doc.undo());
        assertEquals("1 assertion, 1 rated", counts.progress());
        assertEquals(1, counts.byLabel().get("quote"));
        assertTrue(doc.redo());
        assertEquals("2 assertions, 1 rated", counts.progress());
        assertTrue(doc.tally() == counts, "one tally per document");
    }

    @Test
    void blankSelectionLabelsNothing() {
        AnnotationDocument doc = doc();
        int from = TEXT.indexOf("  1,200");
        assertTrue(doc.label(from, from + 2, "quote").isEmpty());
        assertEquals(0, doc.annotations().size());
        assertFalse(doc.isDirty());
    }

    @Test
    void undoAndRedoWalkAddRelabelAndDelete() {
        AnnotationDocument doc = doc();
        Annotation a = doc.label(0, 7, "quote").orElseThrow();
        doc.relabel(List.of(a.id()), "assertion");
        doc.delete(List.of(a.id()));
        assertEquals(0, doc.annotations().size());

        assertTrue(doc.undo());
        assertEquals("assertion", doc.annotations().get(a.id()).orElseThrow().label());
        assertTrue(doc.undo());
        assertEquals("quote", doc.annotations().get(a.id()).orElseThrow().label());
        assertTrue(doc.undo());
        assertEquals(0, doc.annotations().size());
        assertFalse(doc.undo());

        assertTrue(doc.redo());
        assertTrue(doc.redo());
        assertEquals("assertion", doc.annotations().get(a.id()).orElseThrow().label());
        assertTrue(doc.redo());
        assertEquals(0, doc.annotations().size());
        assertFalse(doc.redo());
    }

    @Test
    void undoingBackToTheSavedStateIsClean() {
        AnnotationDocument doc = doc();
        doc.label(0, 7, "quote");
        doc.markSaved(doc.revision());
        assertFalse(doc.isDirty());
        doc.label(8, 14, "figure");
        assertTrue(doc.isDirty());
        doc.undo();
        assertFalse(doc.isDirty(), "back at the saved state");
        doc.undo();
        assertTrue(doc.isDirty());
        doc.redo();
        assertFalse(doc.isDirty());
    }

    @Test
    void aNewEditAfterUndoingPastTheSavePointStaysDirty() {
        AnnotationDocument doc = doc();
        doc.label(0, 7, "quote");
        doc.markSaved(doc.revision());
        doc.undo();
        doc.label(0, 7, "quote");
        assertTrue(doc.isDirty(), "a new annotation with a new id is not what was saved");
    }

    @Test
    void listenersHearTheEditThatTookEffectIncludingUndo() {
        AnnotationDocument doc = doc();
        List<Edit> heard = new ArrayList<>();
        doc.addListener(heard::add);
        Annotation a = doc.label(0, 7, "quote").orElseThrow();
        doc.undo();
        assertEquals(List.of(a), heard.get(0).after());
        assertEquals(List.of(a), heard.get(1).before(), "undoing an add removes it");
        assertTrue(heard.get(1).after().isEmpty());
    }

    @Test
    void theSameLabelOnTheSameSpanIsNotAddedTwice() {
        AnnotationDocument doc = doc();
        doc.label(0, 7, "quote");
        assertTrue(doc.label(0, 7, "quote").isEmpty());
        assertTrue(doc.label(0, 7, "figure").isPresent(), "another label on the same span is fine");
    }

    @Test
    void relabellingSeveralIsOneUndoStep() {
        AnnotationDocument doc = doc();
        Annotation a = doc.label(0, 7, "quote").orElseThrow();
        Annotation b = doc.label(8, 14, "quote").orElseThrow();
        doc.relabel(List.of(a.id(), b.id()), "event");
        doc.undo();
        assertEquals("quote", doc.annotations().get(a.id()).orElseThrow().label());
        assertEquals("quote", doc.annotations().get(b.id()).orElseThrow().label());
    }

    @Test
    void reAnchoredAnnotationsCountAsUnsavedUntilSaved() {
        AnnotationDocument doc = doc();
        doc.markDiffersFromDisk();
        assertTrue(doc.isDirty());
        doc.markSaved(doc.revision());
        assertFalse(doc.isDirty());
    }
}
