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

/** What a document tells its listener: the edits that took effect, why, and nothing else. */
class DocumentEventsTest {
    private static final String TEXT = "He said 1,200 people died.";

    private static AnnotationDocument doc() {
        return AnnotationDocument.fresh(Path.of("a.txt"), ArticleLoader.fromString("a.txt", TEXT));
    }

    @Test
    void savingIsNotAnEdit() {
        AnnotationDocument doc = doc();
        List<Edit> heard = new ArrayList<>();
        doc.addListener(heard::add);
        doc.label(0, 7, "quote");
        doc.markSaved(doc.revision());
        assertEquals(1, heard.size(), "only the label was an edit; the save is announced by whoever saved");
        assertFalse(doc.isDirty());
        assertEquals("Add quote", doc.undoDescription().orElseThrow(), "the save left no step in the history");
    }

    @Test
    void undoAndRedoAreAnnouncedWithTheirCause() {
        AnnotationDocument doc = doc();
        List<DocumentEvent.Edited> heard = new ArrayList<>();
        doc.listen(heard::add);
        Annotation a = doc.label(8, 20, "figure").orElseThrow();
        doc.undo();
        doc.redo();
        assertEquals(List.of(DocumentEvent.Cause.EDIT, DocumentEvent.Cause.UNDO, DocumentEvent.Cause.REDO),
                heard.stream().map(DocumentEvent.Edited::cause).toList());
        assertTrue(heard.stream().allMatch(e -> e.document() == doc));
        assertEquals(List.of(a), heard.get(1).change().before(), "the undo took the annotation away");
        assertEquals(List.of(a), heard.get(2).change().after(), "the redo brought it back");
    }

    @Test
    void typingADetailIsAnEditToo() {
        AnnotationDocument doc = doc();
        List<DocumentEvent.Edited> heard = new ArrayList<>();
        Annotation a = doc.label(8, 20, "figure").orElseThrow();
        doc.listen(heard::add);
        Object typing = new Object();
        doc.updateTyping("Edit value", a.withAttributes(java.util.Map.of("value", "1"), "now"), typing);
        doc.updateTyping("Edit value", a.withAttributes(java.util.Map.of("value", "12"), "now"), typing);
        assertEquals(2, heard.size());
        assertTrue(heard.stream().allMatch(e -> e.cause() == DocumentEvent.Cause.EDIT));
        assertEquals("12", heard.get(1).change().after().get(0).attributes().get("value"));
    }
}
