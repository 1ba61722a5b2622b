package org.factmark.labelall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.factmark.article.ArticleLoader;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.TextSearch;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;

/** Label all: every match labelled in one undoable step, those already labelled skipped. */
class LabelAllTest {
    private static final String TEXT = "1,200 died. The ministry said 1,200. Another 1,200 were hurt; ۱٬۲۰۰ in all.\n";

    private static AnnotationDocument document(List<Annotation> annotations) {
        return new AnnotationDocument(Path.of("a.txt"), ArticleLoader.fromString("a.txt", TEXT), annotations,
                List.of(), java.util.Map.of(), java.util.Map.of(), false, java.time.Clock.systemUTC());
    }

    private static Annotation figure(String id, int start, int end) {
        return new Annotation(id, "figure", start, end, null, "", "me", "t", "t", null);
    }

    @Test
    void everyMatchIsLabelledInOneUndoableStep() {
        AnnotationDocument doc = document(List.of());
        List<int[]> matches = new TextSearch(TEXT, "1,200").all();
        assertEquals(3, matches.size());
        LabelAll.Plan plan = LabelAll.apply(doc, matches, "figure", "Figure");
        assertEquals(3, plan.made().size());
        assertEquals(0, plan.already());
        assertEquals(3, doc.annotations().size());
        doc.annotations().all().forEach(a -> {
            assertEquals("1,200", TEXT.substring(a.start(), a.end()));
            assertFalse(a.creator().isEmpty() && a.created().isEmpty(), "stamped like any new annotation");
        });
        assertEquals("Label all as Figure", doc.undoDescription().orElseThrow());
        assertTrue(doc.undo());
        assertEquals(0, doc.annotations().size(), "one undo takes them all back");
        assertFalse(doc.canUndo());
    }

    @Test
    void matchesAlreadyLabelledWithTheLabelAreSkippedOthersAreNot() {
        int second = TEXT.indexOf("1,200", 5);
        int third = TEXT.indexOf("1,200", second + 1);
        Annotation same = figure("f1", second, second + 5);
        Annotation wider = figure("f2", third - 8, third + 5);
        Annotation otherLabel = new Annotation("q1", "quote", 0, 11, null, "", "me", "t", "t", null);
        AnnotationDocument doc = document(List.of(same, wider, otherLabel));
        LabelAll.Plan plan = LabelAll.apply(doc, new TextSearch(TEXT, "1,200").all(), "figure", "Figure");
        assertEquals(1, plan.made().size(), "only the first, inside a quote but not a figure");
        assertEquals(0, plan.made().get(0).start());
        assertEquals(2, plan.already());

        LabelAll.Plan again = LabelAll.apply(doc, new TextSearch(TEXT, "1,200").all(), "figure", "Figure");
        assertEquals(0, again.made().size());
        assertEquals(3, again.already());
        assertEquals("Label all as Figure", doc.undoDescription().orElseThrow(), "nothing new: no second step");
    }

    @Test
    void overlappingRepeatedAndBlankMatchesMakeOneAnnotationEach() {
        String text = "aaa  b";
        LabelAll.Plan plan = LabelAll.plan(text, List.of(),
                List.of(new int[] {0, 2}, new int[] {1, 3}, new int[] {0, 2}, new int[] {3, 5}, new int[] {4, 6}),
                "figure");
        assertEquals(2, plan.made().size());
        assertEquals(List.of("aa", "b"), plan.made().stream().map(a -> text.substring(a.start(), a.end())).toList());
    }
}
