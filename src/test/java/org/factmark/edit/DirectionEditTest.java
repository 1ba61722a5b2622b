package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.TextDirection;
import org.junit.jupiter.api.Test;

/** A change of the article's reading direction is an edit like any other: announced, undone, redone, saved. */
class DirectionEditTest {
    private final AnnotationDocument doc = new AnnotationDocument(Path.of("a.txt"),
            ArticleLoader.fromString("a.txt", "Some text."), List.of(), List.of(), Map.of(),
            Map.of("source", Map.of("title", "T")), false, Clock.systemUTC());
    private final List<DocumentEvent.Edited> heard = new ArrayList<>();

    @Test
    void aDirectionChangeIsOneUndoableStepAnnouncedAsSuch() {
        doc.listen(heard::add);
        doc.setDirection(TextDirection.RTL);
        assertEquals(TextDirection.RTL, doc.direction());
        assertEquals("rtl", doc.snapshot().documentExtra().get("direction"), "what a save writes");
        assertEquals(Map.of("title", "T"), doc.snapshot().documentExtra().get("source"), "other fields are kept");
        assertTrue(doc.isDirty());
        assertTrue(doc.canUndo());
        assertEquals(1, heard.size());
        assertTrue(heard.get(0).change().changesDirection(), "the view can tell the text is laid out anew");

        doc.setDirection(TextDirection.RTL);
        assertEquals(1, heard.size(), "choosing the direction it already has is no step");

        assertTrue(doc.undo());
        assertEquals(TextDirection.AUTO, doc.direction());
        assertFalse(doc.snapshot().documentExtra().containsKey("direction"), "as in a file without it");
        assertFalse(doc.isDirty(), "back to what is on disk");
        assertEquals(DocumentEvent.Cause.UNDO, heard.get(1).cause());
        assertTrue(heard.get(1).change().changesDirection());

        assertTrue(doc.redo());
        assertEquals(TextDirection.RTL, doc.direction());
        assertEquals(DocumentEvent.Cause.REDO, heard.get(2).cause());
    }

    @Test
    void anAnnotationEditDoesNotChangeTheDirection() {
        doc.listen(heard::add);
        doc.setDirection(TextDirection.LTR);
        doc.setStatus("checked");
        assertFalse(heard.get(1).change().changesDirection());
        assertEquals(TextDirection.LTR, doc.direction());
    }
}
