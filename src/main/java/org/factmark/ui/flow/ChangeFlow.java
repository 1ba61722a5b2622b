package org.factmark.ui.flow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;

/**
 * The one path every change to the open document takes. An open, a reload, an opening with recovered work, an
 * edit, an undo or redo, an import or merge, a restored version and a save all arrive here as a
 * {@link DocumentEvent}, and go through the same steps, always in this order:
 * <ol>
 *   <li><b>model</b> — the window's state takes the document and its flags (unsaved, can undo, can redo);</li>
 *   <li><b>list</b> — the rows of the annotation list, its filter and the count above it;</li>
 *   <li><b>view</b> — the highlights in the text (the whole text for a new document, the paragraphs an edit
 *       touched otherwise);</li>
 *   <li><b>counts</b> — the status bar's counts per label and its progress;</li>
 *   <li><b>selection</b> — which annotation is selected: none in a new document, the new version of the
 *       selected one after an edit, what an undo or redo touched; the list, the text and the inspector follow
 *       it once;</li>
 *   <li><b>work safety</b> — the recovery copy and the watch on the files on disk.</li>
 * </ol>
 * Each step may rely on the ones before it (the selection is shown in a list and a text that already hold the
 * change). The document announces its own edits here, and nothing else subscribes to it. Runs on the JavaFX
 * thread; work done elsewhere (a save on a background thread) announces its end from there.
 */
public final class ChangeFlow {

    /** A part of the window that keeps up with the document. */
    @FunctionalInterface
    public interface Step {
        void take(DocumentEvent event);
    }

    /** The steps, named in the order they run. */
    public record Steps(Step model, Step list, Step view, Step counts, Step selection, Step safety) {
        List<Step> inOrder() {
            return List.of(model, list, view, counts, selection, safety);
        }
    }

    private final List<Step> steps;
    /** Events announced while another goes through the steps wait here, so each sees the steps whole. */
    private final Deque<DocumentEvent> waiting = new ArrayDeque<>();
    private AnnotationDocument shown;

    public ChangeFlow(Steps steps) {
        this.steps = steps.inOrder();
    }

    /**
     * Passes an event through every step, in order. An event announced by a step (say, an edit made while the
     * selection is shown) goes through once the current one has been through all of them.
     */
    public void announce(DocumentEvent event) {
        boolean idle = waiting.isEmpty();
        waiting.add(event);
        if (!idle) {
            return;
        }
        try {
            while (!waiting.isEmpty()) {
                deliver(waiting.peek());
                waiting.poll();
            }
        } finally {
            waiting.clear();
        }
    }

    private void deliver(DocumentEvent event) {
        AnnotationDocument doc = event.document();
        if (event instanceof DocumentEvent.Shown) {
            if (doc != shown) {
                shown = doc;
                doc.listen(this::announce);
            }
        } else if (doc != shown) {
            return; // a document no longer shown (its save finished after another was opened): nothing to show
        }
        for (Step step : steps) {
            step.take(event);
        }
    }
}
