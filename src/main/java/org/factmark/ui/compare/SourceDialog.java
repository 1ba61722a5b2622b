package org.factmark.ui.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.factmark.compare.GitRevisions;

/** What to compare with: another sidecar file, or the article's own sidecar on a branch or commit. */
final class SourceDialog {
    /** The answer: a revision to read the sidecar at, or (null) a file to choose. */
    record Source(String revision) {
    }

    private SourceDialog() {
    }

    static Optional<Source> ask(Window owner, Path sidecar) {
        Path folder = sidecar.toAbsolutePath().getParent();
        List<String> refs = folder == null ? List.of() : GitRevisions.refs(folder);
        ButtonType file = new ButtonType("Another Sidecar File…", ButtonBar.ButtonData.OTHER);
        ButtonType revision = new ButtonType("Compare With Revision", ButtonBar.ButtonData.OK_DONE);
        Dialog<Source> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare With — Factmark");
        dialog.setHeaderText("Compare your annotations with a colleague's copy, or with "
                + sidecar.getFileName() + " as it is on another branch or commit.");
        ComboBox<String> ref = new ComboBox<>();
        ref.setId("compare-revision");
        ref.setEditable(true);
        ref.getItems().setAll(refs);
        ref.setPrefWidth(360);
        ref.setPromptText(refs.isEmpty() ? "not in a git repository" : "a branch, tag or commit");
        ref.setDisable(refs.isEmpty());
        if (!refs.isEmpty()) {
            ref.getSelectionModel().select(0);
        }
        Label help = new Label(refs.isEmpty() ? "The article's folder is not in a git repository: choose a file."
                : "Branches and tags of the article's repository, the most recent first; a commit or HEAD~1 can be "
                + "typed.");
        help.setWrapText(true);
        help.setMaxWidth(420);
        dialog.getDialogPane().setContent(new VBox(8, new Label("Branch or commit:"), ref, help));
        dialog.getDialogPane().getButtonTypes().addAll(file, revision, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(revision).disableProperty().bind(ref.getEditor().textProperty()
                .map(t -> !GitRevisions.plausible(t)).orElse(true));
        dialog.getDialogPane().setId("compare-source-dialog");
        // Enter in the revision field compares with it, as the default button does; the field has the focus
        ref.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            javafx.scene.Node compare = dialog.getDialogPane().lookupButton(revision);
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !compare.isDisabled()) {
                e.consume();
                ((javafx.scene.control.Button) compare).fire();
            }
        });
        dialog.setOnShown(e -> javafx.application.Platform.runLater(ref::requestFocus));
        dialog.setResultConverter(button -> button == file ? new Source(null)
                : button == revision ? new Source(ref.getEditor().getText().strip()) : null);
        return dialog.showAndWait();
    }
}
