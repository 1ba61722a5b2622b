package org.factmark.ui.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.factmark.article.ArticleLoader;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;

/** Every change goes through the same steps in the documented order, one change at a time. */
class ChangeFlowTest {
    private static final String TEXT = "He said 1,200 people died. The ministry denied it.";
    private static final List<String> DOCUMENTED = List.of("model", "list", "view", "counts", "selection", "safety");
    /** What each step saw: "step event", in the order the steps ran. */
    private final List<String> seen = new ArrayList<>();
    private Consumer<DocumentEvent> duringSelection = e -> { };

    private ChangeFlow flow() {
        return new ChangeFlow(new ChangeFlow.Steps(step("model"), step("list"), step("view"), step("counts"),
                e -> {
                    seen.add("selection " + name(e));
                    duringSelection.accept(e);
                }, step("safety")));
    }

    private ChangeFlow.Step step(String name) {
        return e -> seen.add(name + " " + name(e));
    }

    private static String name(DocumentEvent e) {
        return e instanceof DocumentEvent.Edited edited ? "Edited/" + edited.cause() : e.getClass().getSimpleName();
    }

    private static AnnotationDocument doc() {
        return AnnotationDocument.fresh(Path.of("a.txt"), ArticleLoader.fromString("a.txt", TEXT));
    }

    private static List<String> stepsFor(String event) {
        return DOCUMENTED.stream().map(s -> s + " " + event).toList();
    }

    @Test
    void everyKindOfChangeGoesThroughTheStepsInTheDocumentedOrder() {
        ChangeFlow flow = flow();
        AnnotationDocument doc = doc();
        flow.announce(new DocumentEvent.Opened(doc));
        Annotation a = doc.label(8, 20, "figure").orElseThrow();
        doc.undo();
        doc.redo();
        doc.addAll("Import", List.of(Annotation.create("quote", 27, 39, "", "")));
        doc.delete(List.of(a.id()));
        flow.announce(new DocumentEvent.Saved(doc));
        AnnotationDocument reread = doc();
        flow.announce(new DocumentEvent.Reloaded(reread));
        flow.announce(new DocumentEvent.Recovered(doc()));

        List<String> expected = new ArrayList<>();
        for (String event : List.of("Opened", "Edited/EDIT", "Edited/UNDO", "Edited/REDO", "Edited/EDIT",
                "Edited/EDIT", "Saved", "Reloaded", "Recovered")) {
            expected.addAll(stepsFor(event));
        }
        assertEquals(expected, seen);
    }

    @Test
    void aDocumentNoLongerShownChangesNothingOnScreen() {
        ChangeFlow flow = flow();
        AnnotationDocument first = doc();
        flow.announce(new DocumentEvent.Opened(first));
        AnnotationDocument second = doc();
        flow.announce(new DocumentEvent.Opened(second));
        seen.clear();

        first.label(8, 20, "figure");
        flow.announce(new DocumentEvent.Saved(first)); // a save of it that finished late
        assertTrue(seen.isEmpty(), "the window shows the second document: " + seen);
        second.label(8, 20, "figure");
        assertEquals(stepsFor("Edited/EDIT"), seen);
    }

    @Test
    void aChangeMadeDuringAStepGoesThroughAfterTheCurrentOneHasFinished() {
        ChangeFlow flow = flow();
        AnnotationDocument doc = doc();
        flow.announce(new DocumentEvent.Opened(doc));
        Annotation a = doc.label(8, 20, "figure").orElseThrow();
        seen.clear();
        duringSelection = e -> {
            if (e instanceof DocumentEvent.Edited edited && edited.change().after().stream()
                    .anyMatch(x -> x.label().equals("event"))) {
                duringSelection = x -> { };
                doc.update("Note", List.of(doc.annotations().get(a.id()).orElseThrow().withNote("seen", "")));
            }
        };
        doc.relabel(List.of(a.id()), "event");
        List<String> expected = new ArrayList<>(stepsFor("Edited/EDIT"));
        expected.addAll(stepsFor("Edited/EDIT"));
        assertEquals(expected, seen, "the second edit waits until the first has reached every step");
        assertEquals("seen", doc.annotations().get(a.id()).orElseThrow().note());
    }
}
