package org.factmark.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.factmark.io.SidecarChangedException;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.factmark.edit.AnnotationDocument;
import org.factmark.io.ArticleException;
import org.factmark.io.LabelSchemaLoader;
import org.factmark.model.LabelSchemaRef;
import org.factmark.io.OpenedDocument;
import org.factmark.io.SaveResult;
import org.factmark.io.SidecarContent;
import org.factmark.io.SidecarStore;
import org.factmark.prefs.RecentFiles;

/** Opening and saving, with the unsaved-changes question and clear messages on bad input. */
final class FileController {
    private final EditorState state;
    private final ArticleView view;
    private final StatusBar status;
    private final RecentFiles recent;
    private final Window window;
    private final WorkKeeper keeper;
    private Runnable recentChanged = () -> { };
    private java.util.function.BiConsumer<AnnotationDocument, java.util.Map<String, String>> reanchoredReview =
            (doc, placements) -> { };
    private java.util.function.Supplier<Path> lastFolder = () -> null;
    private java.util.function.Supplier<String> creator = () -> System.getProperty("user.name", "");

    FileController(EditorState state, ArticleView view, StatusBar status, RecentFiles recent, Window window,
                   WorkKeeper keeper) {
        this.keeper = keeper;
        this.state = state;
        this.view = view;
        this.status = status;
        this.recent = recent;
        this.window = window;
    }

    /** The folder the file chooser starts in when no article is open: the one last opened from. */
    void lastFolderFrom(java.util.function.Supplier<Path> folder) {
        lastFolder = folder;
    }

    /** Where the annotator's name comes from (the preferences), written as each new annotation's creator. */
    void creatorFrom(java.util.function.Supplier<String> name) {
        creator = name;
    }

    /** What to do once an edited article is open: list its moved, changed and orphaned annotations. */
    void onReanchored(java.util.function.BiConsumer<AnnotationDocument, java.util.Map<String, String>> review) {
        reanchoredReview = review;
    }

    void onRecentChanged(Runnable r) {
        recentChanged = r;
    }

    List<Path> recentFiles() {
        return recent.list();
    }

    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open article");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Text articles", "*.txt", "*.text", "*.md"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        AnnotationDocument doc = state.document();
        Path folder = doc != null ? doc.articlePath().toAbsolutePath().getParent() : lastFolder.get();
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        File file = chooser.showOpenDialog(window);
        if (file != null) {
            open(file.toPath());
        }
    }

    /**
     * Reads the article and its sidecar again as they are on disk. Unsaved changes are not asked about: they
     * stay in the recovery copy, which the reopening offers back.
     */
    void reload(Path article) {
        AnnotationDocument doc = state.document();
        if (doc != null && doc.isDirty()) {
            keeper.flushRecovery();
        }
        openUnchecked(article);
    }

    /** Opens an article (after asking about unsaved changes); a file that cannot be opened changes nothing. */
    boolean open(Path article) {
        if (!confirmDiscardOrSave()) {
            return false;
        }
        return openUnchecked(article);
    }

    /**
     * Articles larger than this, counting their sidecar (a short article can carry thousands of annotations),
     * are read on a background thread, with a Cancel in the status bar.
     */
    static final long BACKGROUND_OPEN_ABOVE = 2L * 1024 * 1024;
    private java.util.concurrent.Future<?> opening;

    private static long sizeOf(Path file) {
        try {
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // the read reports what is wrong
        }
    }

    private boolean openUnchecked(Path article) {
        long size = sizeOf(article) + sizeOf(SidecarStore.sidecarFor(article));
        if (size <= BACKGROUND_OPEN_ABOVE) {
            try {
                return show(article, SidecarStore.open(article), LabelSchemaLoader.forArticle(article), null);
            } catch (ArticleException e) {
                Dialogs.error(window, "Cannot open " + article.getFileName(), e.getMessage());
                return false;
            }
        }
        if (opening != null) {
            opening.cancel(true);
        }
        status.progress("Opening " + article.getFileName() + "…", () -> {
            if (opening != null) {
                opening.cancel(true);
                opening = null;
                status.flash("Opening cancelled; nothing changed");
            }
        });
        java.util.concurrent.Future<?>[] self = new java.util.concurrent.Future<?>[1];
        self[0] = background.submit(() -> {
            try {
                PreparedOpen ready = PreparedOpen.prepare(article);
                javafx.application.Platform.runLater(() -> {
                    if (opening == self[0] && !self[0].isCancelled()) {
                        opening = null;
                        status.progressDone();
                        show(article, ready.opened(), ready.schema(), ready);
                    }
                });
            } catch (ArticleException e) {
                javafx.application.Platform.runLater(() -> {
                    status.progressDone();
                    Dialogs.error(window, "Cannot open " + article.getFileName(), e.getMessage());
                });
            }
        });
        opening = self[0];
        return true;
    }

    /**
     * Shows what was read: the second half of opening, on the JavaFX thread. {@code ready} is what a
     * background open prepared from the sidecar; a restored recovery copy replaces it.
     */
    private boolean show(Path article, OpenedDocument opened, LabelSchemaLoader.Loaded schema, PreparedOpen ready) {
        Optional<SidecarContent> recovered = keeper.offerRecovery(article, opened.content().article(),
                opened.content());
        PreparedOpen prepared = ready != null && recovered.isEmpty() ? ready : null;
        AnnotationDocument doc = prepared != null ? prepared.doc()
                : PreparedOpen.document(article, recovered.orElse(opened.content()), opened);
        SidecarContent content = recovered.orElse(opened.content());
        doc.setDiskVersion(opened.sidecarSha(), opened.content().annotations());
        String reanchored = recovered.isPresent() ? "" : opened.reanchorSummary();
        if (!reanchored.isEmpty() || recovered.isPresent()) {
            doc.markDiffersFromDisk();
        }
        doc.setLabelSchema(LabelSchemaRef.of(schema.labels()));
        doc.setCreator(creator.get());
        state.labelsProperty().set(schema.labels());
        // the highlights are laid out on the second core while the window takes in the new document
        java.util.concurrent.CompletableFuture<org.factmark.ui.highlight.StyledText> styled = prepared != null
                ? java.util.concurrent.CompletableFuture.completedFuture(prepared.styled())
                : PreparedOpen.styleAsync(doc, schema.labels().ids());
        state.setDocument(doc);
        view.show(styled.join());
        recent.add(article);
        recentChanged.run();
        status.flash("Opened " + article.getFileName() + " with " + doc.annotations().size() + " annotations");
        opened.sidecarProblem().ifPresent(problem -> Dialogs.warning(window,
                "The annotations of " + article.getFileName() + " could not be read",
                problem + "\n\nThe article is open without annotations. The unreadable file is kept as it is: "
                        + "before your first save it will be renamed to "
                        + SidecarStore.sidecarFor(article).getFileName() + ".broken-<time>, never overwritten."));
        if (!content.article().isUtf8()) {
            Dialogs.warning(window, article.getFileName() + " is not UTF-8 text",
                    article + " was opened as " + content.article().encoding()
                            + (content.article().encoding().startsWith("UTF-16") ? "" : " (Western European)")
                            + ". If some characters look wrong, it was written in another encoding: save it as "
                            + "UTF-8 with another program and open it again. The sidecar records the encoding, "
                            + "and offsets count the characters as shown here.");
        }
        schema.problem().ifPresent(problem -> Dialogs.warning(window, "The labels of this folder could not be "
                + "read", problem));
        if (!reanchored.isEmpty()) {
            Dialogs.info(window, "The article has changed since it was annotated", reanchored);
            reanchoredReview.accept(doc, opened.placements());
        }
        return true;
    }

    /** Documents with more annotations than this are saved off the JavaFX thread (about 20 ms of work here). */
    static final int BACKGROUND_SAVE_ABOVE = 2_000;
    private final java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "factmark-files"); // saves and large opens, one at a time
                t.setDaemon(true);
                return t;
            });
    private boolean saving;

    /**
     * Ctrl+S. A large document's snapshot is taken here and serialised and written on a background thread,
     * so the window never freezes; edits made meanwhile stay unsaved (the title keeps its mark).
     */
    void saveFromKey() {
        AnnotationDocument doc = state.document();
        if (doc == null || doc.annotations().size() <= BACKGROUND_SAVE_ABOVE) {
            save();
            return;
        }
        if (saving) {
            status.flash("Still saving…");
            return;
        }
        saving = true;
        Object revision = doc.revision();
        SidecarContent snapshot = doc.snapshot();
        Path article = doc.articlePath();
        boolean broken = doc.sidecarBroken();
        String expected = expectedOnDisk(doc);
        status.flash("Saving " + SidecarStore.sidecarFor(article).getFileName() + "…");
        background.submit(() -> {
            try {
                SaveResult result = SidecarStore.save(article, snapshot, broken, expected,
                        previous -> keeper.keepVersion(article, previous));
                javafx.application.Platform.runLater(() -> {
                    saving = false;
                    if (state.document() == doc) {
                        saved(doc, revision, snapshot, result);
                    }
                });
            } catch (IOException e) {
                javafx.application.Platform.runLater(() -> {
                    saving = false;
                    save(); // a conflict or an error: the ordinary path asks or explains
                });
            }
        });
    }

    /** What a save expects the sidecar on disk to be: the one last read or written, or none at all. */
    private static String expectedOnDisk(AnnotationDocument doc) {
        return doc.diskSha() != null ? doc.diskSha() : SidecarStore.NO_SIDECAR;
    }

    private void saved(AnnotationDocument doc, Object revision, SidecarContent snapshot, SaveResult result) {
        doc.markSaved(revision);
        doc.setDiskVersion(result.sha(), snapshot.annotations());
        keeper.forget(doc.articlePath());
        status.flash("Saved " + SidecarStore.sidecarFor(doc.articlePath()).getFileName());
        result.brokenRenamedTo().ifPresent(renamed -> Dialogs.info(window, "Unreadable annotations kept",
                "The sidecar that could not be read was renamed to " + renamed.getFileName()
                        + " before saving, so nothing in it is lost."));
    }

    /** Saves the open document on this thread; true when it is on disk. */
    boolean save() {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return true;
        }
        Object revision = doc.revision();
        SidecarContent snapshot = doc.snapshot();
        Path article = doc.articlePath();
        try {
            SaveResult result;
            try {
                result = SidecarStore.save(article, snapshot, doc.sidecarBroken(), expectedOnDisk(doc),
                        previous -> keeper.keepVersion(article, previous));
            } catch (SidecarChangedException changed) {
                if (!Dialogs.confirmOverwrite(window, changed.sidecar().getFileName().toString())) {
                    status.flash("Not saved: " + changed.sidecar().getFileName() + " changed on disk");
                    return false;
                }
                result = SidecarStore.save(article, snapshot, doc.sidecarBroken(), null,
                        previous -> keeper.keepVersion(article, previous));
            }
            saved(doc, revision, snapshot, result);
            return true;
        } catch (IOException e) {
            Dialogs.error(window, "Could not save the annotations of " + doc.articlePath().getFileName(),
                    SidecarStore.sidecarFor(doc.articlePath()) + ": " + e.getMessage()
                            + "\n\nYour annotations are still open here; nothing was overwritten.");
            return false;
        }
    }

    /** Asks Save / Don't Save / Cancel when there are unsaved changes; true when it is fine to go on. */
    boolean confirmDiscardOrSave() {
        AnnotationDocument doc = state.document();
        if (doc == null || !doc.isDirty()) {
            return true;
        }
        ButtonType answer = Dialogs.askToSave(window, doc.articlePath().getFileName().toString());
        if (answer == Dialogs.SAVE) {
            return save();
        }
        if (answer == Dialogs.DONT_SAVE) {
            keeper.forget(doc.articlePath());
            return true;
        }
        return false;
    }
}
