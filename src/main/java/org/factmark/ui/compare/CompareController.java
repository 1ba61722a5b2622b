package org.factmark.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.factmark.agree.Agreement;
import org.factmark.agree.Counts;
import org.factmark.compare.ConflictMarks;
import org.factmark.compare.Curation;
import org.factmark.compare.TheirVersion;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.model.Annotation;
import org.factmark.sidecar.SidecarException;
import org.factmark.sidecar.SidecarStore;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.feedback.Dialogs;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;

/**
 * File ▸ Compare With…: reads their sidecar (another file, or the article's own on another git revision) off the
 * JavaFX thread, asks before comparing with one made for another text of the article, and shows the compare
 * view; an article whose sidecar holds a merge's unresolved conflicts opens into the view to resolve them.
 * Nothing on disk is written: the choices change the open document, saved as usual.
 */
public final class CompareController {
    private final EditorState state;
    private final ArticleView view;
    private final StatusBar status;
    private final Window owner;
    private final ExecutorService reading = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factmark-compare");
        t.setDaemon(true);
        return t;
    });
    private CompareView shown;

    public CompareController(EditorState state, ArticleView view, StatusBar status, Window owner) {
        this.state = state;
        this.view = view;
        this.status = status;
        this.owner = owner;
    }

    /** Asks what to compare with: another sidecar file, or a branch or commit of the article's repository. */
    public void chooseAndCompare() {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        Path sidecar = SidecarStore.sidecarFor(doc.articlePath());
        SourceDialog.ask(owner, sidecar).ifPresent(choice -> {
            if (choice.revision() != null) {
                compareWithRevision(choice.revision());
            } else {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Compare With Another Sidecar");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Factmark annotations", "*.annotations.json", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                Path folder = doc.articlePath().toAbsolutePath().getParent();
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                Optional.ofNullable(chooser.showOpenDialog(owner)).ifPresent(f -> compareWithFile(f.toPath()));
            }
        });
    }

    /** Compares the open document with the annotations of another sidecar of the same article. */
    public void compareWithFile(Path theirs) {
        AnnotationDocument doc = state.document();
        if (doc != null) {
            load(doc, theirs.getFileName().toString(), () -> TheirVersion.fromFile(theirs, doc.article()));
        }
    }

    /** Compares the open document with its own sidecar as it is on a git branch or commit. */
    public void compareWithRevision(String ref) {
        AnnotationDocument doc = state.document();
        if (doc != null) {
            Path sidecar = SidecarStore.sidecarFor(doc.articlePath());
            load(doc, sidecar.getFileName() + " on " + ref,
                    () -> TheirVersion.atRevision(sidecar, ref, doc.article()));
        }
    }

    /** Part of the change flow's view step: keeps the view up with the document, or closes it for another. */
    public void take(DocumentEvent event) {
        if (event instanceof DocumentEvent.Shown shownEvent) {
            close();
            AnnotationDocument doc = shownEvent.document();
            if (ConflictMarks.any(doc.annotations().all())) {
                Platform.runLater(() -> resolveConflicts(doc));
            }
        } else if (event instanceof DocumentEvent.Edited && shown != null && shown.document() == event.document()) {
            shown.refresh();
        }
    }

    /** The view on screen, if any: for tests. */
    CompareView view() {
        return shown;
    }

    private void resolveConflicts(AnnotationDocument doc) {
        if (state.document() == doc) {
            open(doc, Curation.ofConflicts(), "Resolve the conflicts a merge left in "
                    + SidecarStore.sidecarFor(doc.articlePath()).getFileName(), "");
        }
    }

    private record Read(TheirVersion theirs, String agreement) {
    }

    private void load(AnnotationDocument doc, String name, Callable<TheirVersion> read) {
        List<Annotation> mine = doc.annotations().all();
        status.progress("Reading " + name + "…", null);
        reading.submit(() -> {
            try {
                TheirVersion theirs = read.call();
                String agreement = agreement(doc.text(), mine, theirs.annotations());
                Platform.runLater(() -> arrived(doc, name, new Read(theirs, agreement), null));
            } catch (Exception | OutOfMemoryError e) {
                Platform.runLater(() -> arrived(doc, name, null, e));
            }
        });
    }

    private void arrived(AnnotationDocument doc, String name, Read read, Throwable failed) {
        status.progressDone();
        if (state.document() != doc) {
            return; // another article was opened meanwhile
        }
        if (failed != null) {
            String why = failed instanceof SidecarException || failed instanceof java.io.IOException
                    ? failed.getMessage() : failed.toString();
            Dialogs.error(owner, "Cannot compare with " + name, name + ": " + why + ". Nothing was changed.");
            return;
        }
        TheirVersion theirs = read.theirs();
        if (theirs.otherText() && !askReanchored(name, theirs)) {
            return;
        }
        open(doc, Curation.against(theirs.annotations()), "Compare with " + name, read.agreement());
    }

    /** Their sidecar was made for another text of the article: compare with what was found again, or not. */
    private boolean askReanchored(String name, TheirVersion theirs) {
        int found = theirs.annotations().size();
        if (found == 0) {
            Dialogs.warning(owner, name + " was made for another text",
                    "Its text hash differs from this article's, and none of its " + theirs.orphaned()
                            + " annotations could be found in this text: it is probably about another article. "
                            + "Nothing was compared or changed.");
            return false;
        }
        ButtonType compare = new ButtonType("Compare Re-anchored", ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", compare, cancel);
        alert.initOwner(owner);
        alert.setTitle("Factmark");
        alert.setHeaderText(name + " was made for another version of this article's text.");
        alert.setContentText("Its text hash differs. Its annotations were looked for in this text: " + found
                + " found (" + theirs.moved() + " of them moved or on changed words), " + theirs.orphaned()
                + " not found, which are left out. Compare with the ones found?");
        alert.getDialogPane().setId("compare-reanchor-dialog");
        return alert.showAndWait().orElse(cancel) == compare;
    }

    private void open(AnnotationDocument doc, Curation curation, String title, String agreement) {
        close();
        CompareView made = new CompareView(state, view, owner, doc, curation, title, agreement);
        shown = made;
        made.stage().addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            if (shown == made) {
                shown = null;
            }
        });
        shown.show();
    }

    private void close() {
        if (shown != null) {
            shown.close();
            shown = null;
        }
    }

    /** The agreement of mine and theirs before curating, as one line. */
    static String agreement(String text, List<Annotation> mine, List<Annotation> theirs) {
        Counts all = Agreement.measure(text, List.of(mine, theirs)).overall();
        return String.format(Locale.ROOT,
                "Agreement before curating: F1 exact %.2f · F1 overlap %.2f · κ %.2f · α %.2f",
                all.f1Exact(), all.f1Overlap(), all.cohenKappa(), all.krippendorffAlpha());
    }
}
