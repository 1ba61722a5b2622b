package org.factmark.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Window;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SaveResult;
import org.factmark.sidecar.SidecarChangedException;
import org.factmark.sidecar.SidecarStore;
import org.factmark.ui.feedback.Dialogs;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.ChangeFlow;
import org.factmark.ui.flow.EditorState;
import org.factmark.ui.safety.WorkKeeper;

/**
 * Every save, one at a time, off the JavaFX thread. The document is snapshot on the JavaFX thread in O(1) (its
 * annotations are kept in a persistent tree: the snapshot is its root, no copy); the snapshot is serialised, written and
 * forced to disk on the file thread, and the outcome comes back to the JavaFX thread. A sidecar changed by
 * another program is asked about there, and the same snapshot is then written again on the file thread.
 * A save asked for while one runs is never interleaved with it: one more save follows, of the document as it
 * is then (several such requests make one save).
 */
final class Saver {
    private final EditorState state;
    private final StatusBar status;
    private final Window window;
    private final WorkKeeper keeper;
    private final ChangeFlow changes;
    private final Executor work;
    private boolean running;
    private List<Consumer<Boolean>> told = new ArrayList<>();
    private List<Consumer<Boolean>> queued;
    private final List<Runnable> idle = new ArrayList<>();

    Saver(EditorState state, StatusBar status, Window window, WorkKeeper keeper, ChangeFlow changes,
          Executor work) {
        this.state = state;
        this.status = status;
        this.window = window;
        this.keeper = keeper;
        this.changes = changes;
        this.work = work;
    }

    /** What one save writes, taken on the JavaFX thread when it starts. */
    private record Job(AnnotationDocument doc, Object revision, SidecarContent content, Path article,
                       boolean keepOld) {
    }

    /**
     * Saves the open document; {@code done} hears, on the JavaFX thread, whether it is now on disk as it was when
     * asked (false when the user kept the other program's version, or the write failed and was explained).
     */
    void save(Consumer<Boolean> done) {
        AnnotationDocument doc = state.document();
        if (running) {
            if (queued == null) {
                queued = new ArrayList<>();
            }
            queued.add(done);
            return;
        }
        if (doc == null) {
            done.accept(true);
            return;
        }
        start(doc, new ArrayList<>(List.of(done)));
    }

    /** True from the moment a save starts until its outcome has been shown. */
    boolean busy() {
        return running;
    }

    /** Runs {@code then} now when no save is running, otherwise once the running save (and any queued) ended. */
    void whenIdle(Runnable then) {
        if (running) {
            idle.add(then);
        } else {
            then.run();
        }
    }

    private void start(AnnotationDocument doc, List<Consumer<Boolean>> callers) {
        running = true;
        told = callers;
        Path article = doc.articlePath();
        Job job = new Job(doc, doc.revision(), doc.snapshot(), article, doc.sidecarBroken());
        status.flash("Saving " + SidecarStore.sidecarFor(article).getFileName() + "…");
        write(job, doc.diskSha() != null ? doc.diskSha() : SidecarStore.NO_SIDECAR);
    }

    /** Writes on the file thread; {@code expected} is the sidecar the save may replace (null: whatever is there). */
    private void write(Job job, String expected) {
        work.execute(() -> {
            Runnable outcome;
            try {
                SaveResult result = SidecarStore.save(job.article(), job.content(), job.keepOld(), expected,
                        previous -> keeper.keepVersion(job.article(), previous));
                outcome = () -> saved(job, result);
            } catch (SidecarChangedException changed) {
                outcome = () -> changedOnDisk(job, changed);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                outcome = () -> failed(job, e);
            }
            Platform.runLater(outcome);
        });
    }

    private void saved(Job job, SaveResult result) {
        AnnotationDocument doc = job.doc();
        if (state.document() == doc) {
            doc.markSaved(job.revision());
            doc.setDiskVersion(result.sha(), job.content().annotations());
            changes.announce(new DocumentEvent.Saved(doc)); // edits made while it was written stay unsaved
            status.flash("Saved " + SidecarStore.sidecarFor(job.article()).getFileName());
            result.brokenRenamedTo().ifPresent(renamed -> Dialogs.info(window, "Unreadable annotations kept",
                    "The sidecar that could not be read was renamed to " + renamed.getFileName()
                            + " before saving, so nothing in it is lost."));
        }
        finish(true);
    }

    private void changedOnDisk(Job job, SidecarChangedException changed) {
        String name = changed.sidecar().getFileName().toString();
        if (state.document() == job.doc() && Dialogs.confirmOverwrite(window, name)) {
            status.flash("Saving " + name + "…");
            write(job, null);
            return;
        }
        status.flash("Not saved: " + name + " changed on disk");
        finish(false);
    }

    private void failed(Job job, Throwable e) {
        Dialogs.error(window, "Could not save the annotations of " + job.article().getFileName(),
                SidecarStore.sidecarFor(job.article()) + ": " + e.getMessage()
                        + "\n\nYour annotations are still open here; nothing was overwritten.");
        finish(false);
    }

    /**
     * Tells those who asked for the save that ended; starts the one asked for meanwhile when there is still
     * something to save (none after a failure: it would fail or ask the same again); then runs what waited.
     */
    private void finish(boolean ok) {
        running = false;
        List<Consumer<Boolean>> callers = told;
        told = new ArrayList<>();
        List<Consumer<Boolean>> next = queued;
        queued = null;
        AnnotationDocument doc = state.document();
        boolean again = ok && next != null && doc != null && doc.isDirty();
        if (again) {
            start(doc, next);
        }
        callers.forEach(c -> c.accept(ok));
        if (!again && next != null) {
            next.forEach(c -> c.accept(ok));
        }
        while (!running && !idle.isEmpty()) {
            idle.remove(0).run();
        }
    }
}
