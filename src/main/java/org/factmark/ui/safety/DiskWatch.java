package org.factmark.ui.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.io.FileReads;
import org.factmark.merge.MergeResult;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;
import org.factmark.sidecar.SidecarException;
import org.factmark.sidecar.SidecarReader;
import org.factmark.sidecar.SidecarStore;
import org.factmark.ui.feedback.Dialogs;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Notices when the open article or its sidecar is changed on disk by someone else (a git pull, a sync
 * client, a second window) and says so in a banner above the text: Reload, or Keep Mine. Checks the files'
 * time and size every two seconds and when the window regains the focus; the hash check before every save
 * stays the guarantee that nothing is overwritten unseen.
 */
public final class DiskWatch {
    private final EditorState state;
    private final HBox banner = new HBox(10);
    private final Label message = new Label();
    private final Button merge = new Button("Merge");
    private StatusBar status;
    private final Timeline poll = new Timeline(new KeyFrame(Duration.seconds(2), e -> check()));
    private Runnable reload = () -> { };
    private java.util.function.BooleanSupplier ownWrite = () -> false;
    private Stamp article;
    private Stamp sidecar;

    /** A file's time and size when last seen; null fields when it did not exist. */
    private record Stamp(FileTime time, Long size) {
        static Stamp of(Path file) {
            try {
                return Files.exists(file) ? new Stamp(Files.getLastModifiedTime(file), Files.size(file))
                        : new Stamp(null, null);
            } catch (IOException e) {
                return new Stamp(null, null);
            }
        }
    }

    public DiskWatch(EditorState state) {
        this.state = state;
        banner.setId("disk-banner");
        banner.getStyleClass().add("disk-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        message.setId("disk-message");
        message.setWrapText(true);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button reloadButton = new Button("Reload");
        reloadButton.setId("disk-reload");
        reloadButton.setTooltip(new Tooltip("Open the version on disk instead of this one"));
        reloadButton.setOnAction(e -> {
            hide();
            reload.run();
        });
        merge.setId("disk-merge");
        merge.setTooltip(new Tooltip("Add the annotations of the version on disk to yours (Ctrl+Z undoes it)"));
        merge.setOnAction(e -> {
            mergeFromDisk();
            remember();
            hide();
        });
        Button keep = new Button("Keep Mine");
        keep.setId("disk-keep");
        keep.setTooltip(new Tooltip("Go on with the version shown here"));
        keep.setOnAction(e -> {
            remember();
            hide();
        });
        for (Button b : java.util.List.of(reloadButton, merge, keep)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the message wraps instead: a button never shrinks to "…"
        }
        banner.getChildren().addAll(new FontIcon(Feather.ALERT_CIRCLE), message, reloadButton, merge, keep);
        hide();
        poll.setCycleCount(Timeline.INDEFINITE);
    }

    /**
     * Part of the work-safety step of the change flow: notes the files as they are when a document is shown
     * and after a save (our own save is not someone else's change).
     */
    public void take(DocumentEvent event) {
        if (event instanceof DocumentEvent.Shown) {
            hide();
            remember();
            poll.play();
        } else if (event instanceof DocumentEvent.Saved) {
            remember();
        }
    }

    public Node node() {
        return banner;
    }

    public void reportTo(StatusBar bar) {
        status = bar;
    }

    /**
     * Merge: a three-way merge by annotation id of the version on disk into this window's, from the version both
     * started from (the sidecar as last read or written): what they added, changed or deleted comes in, what
     * was changed here stays, and where both changed the same field theirs is added beside mine and listed.
     * One undoable step; their version becomes the one a save expects to find on disk.
     */
    private void mergeFromDisk() {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return;
        }
        Path sidecarFile = SidecarStore.sidecarFor(doc.articlePath());
        try {
            byte[] bytes = FileReads.sidecar(sidecarFile);
            List<Annotation> theirs = SidecarReader.read(bytes, doc.article()).content().annotations();
            MergeResult merged = ThreeWayMerge.merge(doc.diskAnnotations(), doc.annotations().all(), theirs);
            doc.applyMerge("Merge from disk", merged);
            doc.setDiskVersion(SidecarStore.sha256(bytes), theirs); // their version is now part of this one
            if (status != null) {
                status.flash("Merged " + sidecarFile.getFileName() + ": " + MergeWords.counts(merged)
                        + (merged.changesNothing() ? "" : " (Ctrl+Z undoes it)"));
            }
            if (!merged.conflicts().isEmpty()) {
                Dialogs.warning(banner.getScene().getWindow(), "Merged " + sidecarFile.getFileName() + ": "
                        + MergeWords.counts(merged), MergeWords.conflicts(doc, merged));
            }
        } catch (IOException | SidecarException e) {
            Dialogs.error(banner.getScene().getWindow(), "Could not merge " + sidecarFile.getFileName(),
                    sidecarFile + ": " + e.getMessage() + "\n\nNothing was changed.");
        }
    }

    /**
     * While {@code writing} holds (the window's own save is under way), nothing is compared: the sidecar may
     * already be the new one before the window has heard that it is saved.
     */
    public void quietWhile(java.util.function.BooleanSupplier writing) {
        ownWrite = writing;
    }

    public void onReload(Runnable action) {
        reload = action;
    }

    /** Looks now (the window got the focus back, or the timer fired). */
    /** Stops watching, for good: the window is gone. */
    public void stop() {
        poll.stop();
    }

    public void check() {
        AnnotationDocument doc = state.document();
        if (doc == null || banner.isVisible() || ownWrite.getAsBoolean()) {
            return;
        }
        Path sidecarFile = SidecarStore.sidecarFor(doc.articlePath());
        boolean articleChanged = !Objects.equals(article, Stamp.of(doc.articlePath()));
        boolean sidecarChanged = !Objects.equals(sidecar, Stamp.of(sidecarFile));
        if (articleChanged || sidecarChanged) {
            boolean mergeable = !articleChanged && Files.exists(sidecarFile); // a deleted sidecar has nothing to merge
            merge.setVisible(mergeable);
            merge.setManaged(mergeable);
            String unsaved = doc.isDirty() ? " (your unsaved changes stay in the recovery copy)" : "";
            message.setText(articleChanged
                    ? doc.articlePath().getFileName() + " was changed on disk by another program. Reload to see the "
                            + "new text with your annotations placed on it" + unsaved + ", or keep working on the "
                            + "text shown here: Factmark never writes the article."
                    : sidecarFile.getFileName() + " was changed on disk by another program. Reload to see that "
                            + "version" + unsaved + ", or keep yours: a save will ask before replacing the other "
                            + "version.");
            banner.setVisible(true);
            banner.setManaged(true);
        }
    }

    private void remember() {
        AnnotationDocument doc = state.document();
        article = doc == null ? null : Stamp.of(doc.articlePath());
        sidecar = doc == null ? null : Stamp.of(SidecarStore.sidecarFor(doc.articlePath()));
    }

    private void hide() {
        banner.setVisible(false);
        banner.setManaged(false);
    }
}
