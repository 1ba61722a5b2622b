package org.factmark.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;

/** Changes typed in one field make one undo step; another field, a save or an undo starts a new one. */
class TypingStepsTest {
    private static final String TEXT = "Officials said 1,200 people died.";
    private final AnnotationDocument doc = AnnotationDocument.fresh(Path.of("a.txt"),
            ArticleLoader.fromString("a.txt", TEXT));
    private final String id = doc.label(0, 9, "assertion").orElseThrow().id();

    private Annotation current() {
        return doc.annotations().get(id).orElseThrow();
    }

    /** Types {@code word} letter by letter into the claimant, as the inspector commits it. */
    private void type(String word, Object typing) {
        for (int i = 1; i <= word.length(); i++) {
            doc.updateTyping("Set claimant", current().withAttributes(Map.of("claimant", word.substring(0, i)), ""),
                    typing);
        }
    }

    @Test
    void aWordTypedIsOneStepAndIsUnsavedFromTheFirstLetter() {
        doc.markSaved(doc.revision());
        Object typing = new Object();
        doc.updateTyping("Set claimant", current().withAttributes(Map.of("claimant", "O"), ""), typing);
        assertTrue(doc.isDirty());
        type("Officials", typing);
        assertEquals("Officials", current().attributes().get("claimant"));
        assertTrue(doc.undo());
        assertEquals(Map.of(), current().attributes(), "one undo takes the whole word back");
        assertFalse(doc.isDirty(), "back at the saved state");
        assertTrue(doc.redo());
        assertEquals("Officials", current().attributes().get("claimant"));
    }

    @Test
    void anotherTypingOrASaveStartsANewStep() {
        Object first = new Object();
        type("Off", first);
        doc.markSaved(doc.revision());
        type("Officials", first);
        assertTrue(doc.isDirty(), "typing after a save is unsaved");
        doc.undo();
        assertEquals("Off", current().attributes().get("claimant"), "the undo stops at what was saved");
        assertFalse(doc.isDirty());
        type("Officers", new Object());
        doc.undo();
        assertEquals("Off", current().attributes().get("claimant"));
    }

    @Test
    void typingThatErasesItselfLeavesNoStep() {
        doc.markSaved(doc.revision());
        Object typing = new Object();
        type("Of", typing);
        doc.updateTyping("Set claimant", current().withAttributes(Map.of("claimant", "O"), ""), typing);
        doc.updateTyping("Set claimant", current().withAttributes(Map.of(), ""), typing);
        assertFalse(doc.isDirty(), "nothing changed after all");
        assertEquals("Add assertion", doc.undoDescription().orElseThrow());
    }

    @Test
    void aChangeWithoutTypingIsAStepOfItsOwn() {
        type("Officials", null);
        doc.undo();
        assertEquals("Official", current().attributes().get("claimant"));
    }
}
