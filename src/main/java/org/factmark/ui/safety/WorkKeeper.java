package org.factmark.ui.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import javafx.util.Duration;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.io.FileReads;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.recovery.WorkStore;
import org.factmark.sidecar.SidecarException;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarStore;
import org.factmark.sidecar.SidecarWriter;
import org.factmark.ui.feedback.Dialogs;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;

/**
 * Never loses work: writes unsaved changes to a recovery file within two seconds (debounced; serialised and
 * written off the JavaFX thread), offers them back when the article is opened after a crash, keeps the last
 * ten versions of each sidecar, and restores one of them on request.
 */
public final class WorkKeeper {
    static final Duration AUTOSAVE_DELAY = Duration.millis(1200);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final EditorState state;
    private final WorkStore store;
    private final StatusBar status;
    private final Window window;
    private final PauseTransition debounce = new PauseTransition(AUTOSAVE_DELAY);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factmark-recovery");
        t.setDaemon(true);
        return t;
    });

    public WorkKeeper(EditorState state, WorkStore store, StatusBar status, Window window) {
        this.state = state;
        this.store = store;
        this.status = status;
        this.window = window;
        debounce.setOnFinished(e -> writeRecovery());
    }

    /**
     * Part of the work-safety step of the change flow: unsaved edits are written to the recovery copy soon
     * after; once everything is saved, the copy has done its job (edits made while a save was on its way stay
     * in it).
     */
    public void take(DocumentEvent event) {
        if (event instanceof DocumentEvent.Shown) {
            debounce.stop();
        } else if (event.document().isDirty()) {
            debounce.playFromStart();
        } else if (event instanceof DocumentEvent.Saved) {
            forget(event.document().articlePath());
        }
    }

    WorkStore store() {
        return store;
    }

    /** Writes the recovery copy now, and waits for it: before a reload replaces what is open. */
    public void flushRecovery() {
        debounce.stop();
        AnnotationDocument doc = state.document();
        if (doc == null || !doc.isDirty()) {
            return;
        }
        try {
            store.writeRecovery(doc.articlePath(), SidecarWriter.write(doc.snapshot()));
        } catch (IOException e) {
            status.flash("Could not write the recovery copy: " + e.getMessage());
        }
    }

    private void writeRecovery() {
        AnnotationDocument doc = state.document();
        if (doc == null || !doc.isDirty()) {
            return;
        }
        SidecarContent snapshot = doc.snapshot();
        Path article = doc.articlePath();
        writer.submit(() -> {
            try {
                store.writeRecovery(article, SidecarWriter.write(snapshot));
            } catch (IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> status.flash("Could not write the recovery copy: "
                        + e.getMessage()));
            }
        });
    }

    /**
     * The window is gone: no recovery copy is written from now on, and one already on its way is finished
     * before this returns, so nothing touches the application-data folder after the window has closed.
     */
    public void stop() {
        debounce.stop();
        try {
            writer.submit(() -> { }).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a recovery write that hangs past this is the file system's; the window closes all the same
        }
    }

    /** The work is on disk, or the user chose to throw it away: the recovery copy has done its job. */
    public void forget(Path article) {
        debounce.stop();
        writer.submit(() -> store.deleteRecovery(article));
    }

    /** Keeps the sidecar about to be replaced as a previous version. */
    public void keepVersion(Path article, byte[] previous) throws IOException {
        store.keepVersion(article, previous);
    }

    /**
     * When a recovery copy newer than the sidecar exists (Factmark or the machine stopped with unsaved work),
     * asks Restore or Discard, saying how many annotations differ. Returns what to open with.
     */
    public Optional<SidecarContent> offerRecovery(Path article, ArticleText text, SidecarContent saved) {
        Optional<WorkStore.Recovery> recovery = store.recovery(article);
        if (recovery.isEmpty()) {
            return Optional.empty();
        }
        Path sidecar = SidecarStore.sidecarFor(article);
        try {
            if (Files.exists(sidecar) && !Files.getLastModifiedTime(sidecar).toInstant()
                    .isBefore(recovery.get().written())) {
                store.deleteRecovery(article); // the sidecar is newer: the recovery copy was already saved
                return Optional.empty();
            }
            SidecarContent recovered = SidecarReader.read(FileReads.sidecar(recovery.get().file()), text).content();
            int differ = differing(saved.annotations(), recovered.annotations());
            if (differ == 0) {
                store.deleteRecovery(article);
                return Optional.empty();
            }
            return askToRestore(article, recovery.get().written(), differ) ? Optional.of(recovered) : discard(article);
        } catch (IOException | SidecarException e) {
            Dialogs.warning(window, "Unsaved work for " + article.getFileName() + " could not be read",
                    recovery.get().file() + ": " + e.getMessage() + "\n\nThe file is left where it is.");
            return Optional.empty();
        }
    }

    private Optional<SidecarContent> discard(Path article) {
        store.deleteRecovery(article);
        return Optional.empty();
    }

    private boolean askToRestore(Path article, Instant written, int differ) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", restore, discard);
        alert.initOwner(window);
        alert.setTitle("Unsaved work found");
        alert.setHeaderText("Factmark found unsaved work on " + article.getFileName() + " from "
                + SHOWN.format(written) + ".");
        alert.setContentText(differ + (differ == 1 ? " annotation differs" : " annotations differ")
                + " from the saved sidecar. Restore it, or discard it and open what was saved?");
        alert.getDialogPane().setId("recovery-dialog");
        return alert.showAndWait().orElse(restore) == restore;
    }

    /** File ▸ Restore Previous Version…: lists the kept versions with time and count, and restores one. */
    public void restorePreviousVersion() {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        List<WorkStore.Version> versions = store.versions(doc.articlePath());
        if (versions.isEmpty()) {
            Dialogs.info(window, "No previous versions", "Factmark keeps the last " + WorkStore.KEPT_VERSIONS
                    + " versions of " + SidecarStore.sidecarFor(doc.articlePath()).getFileName()
                    + " as you save; there are none yet.");
            return;
        }
        List<String> shown = versions.stream().map(v -> SHOWN.format(v.saved()) + " — " + count(v, doc)).toList();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(shown.get(0), shown);
        dialog.initOwner(window);
        dialog.setTitle("Restore previous version");
        dialog.setHeaderText("Restore the annotations of " + doc.articlePath().getFileName() + " as they were saved:");
        dialog.getDialogPane().setId("versions-dialog");
        dialog.showAndWait().map(shown::indexOf).filter(i -> i >= 0).map(versions::get).ifPresent(v -> {
            try {
                SidecarContent old = SidecarReader.read(FileReads.sidecar(v.file()), doc.article()).content();
                doc.replaceAll("Restore version of " + SHOWN.format(v.saved()), old.annotations());
                status.flash("Restored the version of " + SHOWN.format(v.saved()) + " (Ctrl+Z undoes it)");
            } catch (IOException | SidecarException e) {
                Dialogs.error(window, "That version could not be read", v.file() + ": " + e.getMessage());
            }
        });
    }

    private static String count(WorkStore.Version v, AnnotationDocument doc) {
        try {
            return SidecarReader.read(FileReads.sidecar(v.file()), doc.article()).content().annotations().size()
                    + " annotations";
        } catch (IOException | SidecarException e) {
            return "unreadable";
        }
    }

    /** How many annotations were added, removed or changed between two versions. */
    private static int differing(List<Annotation> a, List<Annotation> b) {
        java.util.Map<String, Annotation> before = new java.util.HashMap<>();
        a.forEach(x -> before.put(x.id(), x));
        java.util.Map<String, Annotation> after = new java.util.HashMap<>();
        b.forEach(x -> after.put(x.id(), x));
        Set<String> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        return (int) ids.stream().filter(id -> !java.util.Objects.equals(before.get(id), after.get(id))).count();
    }
}
