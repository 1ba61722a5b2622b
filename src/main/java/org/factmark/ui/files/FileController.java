package org.factmark.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.factmark.article.ArticleException;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.LabelSchemaRef;
import org.factmark.model.SidecarContent;
import org.factmark.prefs.RecentFiles;
import org.factmark.reanchor.Reanchor;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.article.highlight.StyledText;
import org.factmark.ui.feedback.Dialogs;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.ChangeFlow;
import org.factmark.ui.flow.EditorState;
import org.factmark.ui.safety.WorkKeeper;

/**
 * Opening and saving, with the unsaved-changes question and clear messages on bad input. Files are read and
 * written on one file thread, one task at a time, never on the JavaFX thread; the window shows the outcome
 * when it is ready.
 */
public final class FileController {
    /** An open that takes longer than this shows progress, with Cancel; a quicker one shows none. */
    static final Duration PROGRESS_AFTER = Duration.millis(150);
    private final EditorState state;
    private final ArticleView view;
    private final StatusBar status;
    private final RecentFiles recent;
    private final Window window;
    private final WorkKeeper keeper;
    private final ChangeFlow changes;
    private final ExecutorService fileThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factmark-files");
        t.setDaemon(true);
        return t;
    });
    private Executor work = fileThread;
    private final Saver saver;
    private final PauseTransition progressLater = new PauseTransition(PROGRESS_AFTER);
    private FutureTask<Void> opening;
    /** Counts the opens, so that a restored copy styled after another open began is not shown. */
    private int shows;
    /** A restored copy's text is being styled off the JavaFX thread. */
    private boolean restoring;
    private boolean progressShown;
    private Runnable recentChanged = () -> { };
    private BiConsumer<AnnotationDocument, Map<String, Reanchor.Status>> reanchoredReview =
            (doc, placements) -> { };
    private java.util.function.Supplier<Path> lastFolder = () -> null;
    private java.util.function.Supplier<String> creator = () -> System.getProperty("user.name", "");

    public FileController(EditorState state, ArticleView view, StatusBar status, RecentFiles recent, Window window,
                   WorkKeeper keeper, ChangeFlow changes) {
        this.keeper = keeper;
        this.changes = changes;
        this.state = state;
        this.view = view;
        this.status = status;
        this.recent = recent;
        this.window = window;
        this.saver = new Saver(state, status, window, keeper, changes, task -> work.execute(task));
    }

    /** The folder the file chooser starts in when no article is open: the one last opened from. */
    public void lastFolderFrom(java.util.function.Supplier<Path> folder) {
        lastFolder = folder;
    }

    /** Where the annotator's name comes from (the preferences), written as each new annotation's creator. */
    public void creatorFrom(java.util.function.Supplier<String> name) {
        creator = name;
    }

    /** What to do once an edited article is open: list its moved, changed and orphaned annotations. */
    public void onReanchored(BiConsumer<AnnotationDocument, Map<String, Reanchor.Status>> review) {
        reanchoredReview = review;
    }

    public void onRecentChanged(Runnable r) {
        recentChanged = r;
    }

    public List<Path> recentFiles() {
        return recent.list();
    }

    public void chooseAndOpen() {
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
     * Reads the article and its sidecar again as they are on disk, once a running save has ended. Unsaved changes
     * are not asked about: they stay in the recovery copy, which the reopening offers back.
     */
    public void reload(Path article) {
        AnnotationDocument doc = state.document();
        if (doc != null && doc.isDirty()) {
            keeper.flushRecovery();
        }
        saver.whenIdle(() -> openUnchecked(article, true));
    }

    /**
     * Opens an article (after asking about unsaved changes); a file that cannot be opened changes nothing. False
     * when the user chose Cancel at the question; true when the article is being read (or will be, once the
     * save asked for is on disk).
     */
    public boolean open(Path article) {
        return confirmDiscardOrSave(() -> openUnchecked(article, false));
    }

    /**
     * Every article is read, checked, indexed and styled on the file thread; the window takes it in when it is
     * ready. Progress, with Cancel, shows only when that takes longer than {@link #PROGRESS_AFTER}. {@code
     * reload}: the article shown, read again from disk.
     */
    private void openUnchecked(Path article, boolean reload) {
        dropOpening();
        shows++;
        restoring = false;
        String name = article.getFileName().toString();
        @SuppressWarnings("unchecked")
        FutureTask<Void>[] self = new FutureTask[1];
        self[0] = new FutureTask<>(() -> {
            Runnable outcome;
            try {
                PreparedOpen ready = PreparedOpen.prepare(article);
                outcome = () -> show(article, ready, reload);
            } catch (ArticleException e) {
                outcome = () -> Dialogs.error(window, "Cannot open " + name, e.getMessage());
            } catch (RuntimeException | OutOfMemoryError e) {
                outcome = () -> Dialogs.error(window, "Cannot open " + name, article + ": " + e);
            }
            Runnable shown = outcome;
            Platform.runLater(() -> {
                if (opening != self[0] || self[0].isCancelled()) {
                    return;
                }
                if (saver.busy() && state.document() != null && state.document().articlePath().equals(article)) {
                    saver.whenIdle(() -> openUnchecked(article, reload)); // read before this save: read it again after
                    return;
                }
                dropOpening();
                shown.run();
            });
            return null;
        });
        opening = self[0];
        progressLater.setOnFinished(e -> {
            progressShown = true;
            status.progress("Opening " + name + "…", () -> {
                progressShown = false; // the status bar took its progress away
                if (opening != null) {
                    dropOpening();
                    status.flash("Opening cancelled; nothing changed");
                }
            });
        });
        progressLater.playFromStart();
        work.execute(self[0]);
    }

    /** Forgets the open under way, if any: it is cancelled and its progress taken away. */
    private void dropOpening() {
        if (opening != null) {
            opening.cancel(true);
            opening = null;
        }
        progressLater.stop();
        if (progressShown) {
            progressShown = false;
            status.progressDone();
        }
    }

    /** True while an open or a save is under way (until what it read or wrote is shown). */
    public boolean busy() {
        return opening != null || restoring || saver.busy();
    }

    /** Where files are read and written: the file thread, or what a test puts in its place. */
    public void workOn(Executor fileWork) {
        work = fileWork;
    }

    /** Shows what was read, on the JavaFX thread; a restored recovery copy replaces what the sidecar held. */
    private void show(Path article, PreparedOpen ready, boolean reload) {
        OpenedDocument opened = ready.opened();
        LabelSchemaLoader.Loaded schema = ready.schema();
        Optional<SidecarContent> recovered = keeper.offerRecovery(article, opened.content().article(),
                opened.content());
        AnnotationDocument doc = recovered.isEmpty() ? ready.doc()
                : PreparedOpen.document(article, recovered.get(), opened);
        SidecarContent content = recovered.orElse(opened.content());
        doc.setDiskVersion(opened.sidecarSha(), opened.content().annotations());
        String reanchored = recovered.isPresent() ? "" : ReanchorSummary.of(opened.reanchor());
        if (!reanchored.isEmpty() || recovered.isPresent()) {
            doc.markDiffersFromDisk();
        }
        doc.setLabelSchema(LabelSchemaRef.of(schema.labels()));
        doc.setCreator(creator.get());
        state.labelsProperty().set(schema.labels());
        if (recovered.isEmpty()) {
            take(article, opened, schema, doc, content, reload, reanchored, ready.styled());
            return;
        }
        // a restored copy's highlights are laid out off the JavaFX thread; the window takes it in when they are
        int mine = ++shows;
        restoring = true;
        PreparedOpen.styleAsync(doc, schema.labels().ids()).whenCompleteAsync((styled, failed) -> {
            if (mine != shows) {
                return; // another article was opened meanwhile
            }
            restoring = false;
            if (failed != null) {
                Dialogs.error(window, "Cannot open " + article.getFileName(), article + ": " + failed);
                return;
            }
            take(article, opened, schema, doc, content, reload, reanchored, styled);
        }, Platform::runLater);
    }

    /** The window takes in the document, its text styled: one event of the change flow, then what to tell. */
    private void take(Path article, OpenedDocument opened, LabelSchemaLoader.Loaded schema, AnnotationDocument doc,
                      SidecarContent content, boolean reload, String reanchored, StyledText styled) {
        boolean recovered = content != opened.content();
        view.prepare(doc, styled);
        changes.announce(recovered ? new DocumentEvent.Recovered(doc)
                : reload ? new DocumentEvent.Reloaded(doc) : new DocumentEvent.Opened(doc));
        recent.add(article);
        recentChanged.run();
        status.flash("Opened " + article.getFileName() + " with " + doc.annotations().size() + " annotations");
        warnAbout(article, opened, content, schema);
        if (!reanchored.isEmpty()) {
            Dialogs.info(window, "The article has changed since it was annotated", reanchored);
            reanchoredReview.accept(doc, opened.placements());
        }
    }

    private void warnAbout(Path article, OpenedDocument opened, SidecarContent content,
                           LabelSchemaLoader.Loaded schema) {
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
    }

    /** Ctrl+S: saved on the file thread; a press while a save runs makes one more save after it. */
    public void saveFromKey() {
        saver.save(saved -> { });
    }

    /**
     * Once no save is running, asks Save / Don't Save / Cancel when there are unsaved changes, and runs
     * {@code proceed} when it is fine to go on: at once, or after the save is on disk (asking again if the
     * document was changed while it was written). False when the user chose Cancel (asked at once).
     */
    public boolean confirmDiscardOrSave(Runnable proceed) {
        boolean[] cancelled = {false};
        saver.whenIdle(() -> cancelled[0] = !askThen(proceed));
        return !cancelled[0];
    }

    private boolean askThen(Runnable proceed) {
        AnnotationDocument doc = state.document();
        if (doc == null || !doc.isDirty()) {
            proceed.run();
            return true;
        }
        ButtonType answer = Dialogs.askToSave(window, doc.articlePath().getFileName().toString());
        if (answer == Dialogs.SAVE) {
            saver.save(saved -> {
                if (saved) {
                    confirmDiscardOrSave(proceed);
                }
            });
            return true;
        }
        if (answer == Dialogs.DONT_SAVE) {
            keeper.forget(doc.articlePath());
            proceed.run();
            return true;
        }
        return false;
    }
}
