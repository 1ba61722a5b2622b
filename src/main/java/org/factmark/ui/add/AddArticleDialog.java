package org.factmark.ui.add;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks for the web address or the file to make an article of. */
final class AddArticleDialog {
    static final ButtonType ADD = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);

    private AddArticleDialog() {
    }

    /**
     * The address or file the user gave, or empty when they cancelled.
     *
     * @param into        where the article will go, or null when the user will be asked
     * @param lastFolder  where the file chooser starts when there is no {@code into}
     */
    static Optional<String> ask(Window owner, Path into, Path lastFolder) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add Article");
        dialog.setHeaderText("Make an article of a web page or a document");
        TextField source = new TextField();
        source.setId("add-source");
        source.setPromptText("https://… or a file: .html, .pdf, .docx, .md, .txt");
        source.setPrefColumnCount(42);
        Button choose = new Button("Choose File…");
        choose.setId("add-choose-file");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> chooseFile(owner, into != null ? into : lastFolder)
                .ifPresent(f -> source.setText(f.getAbsolutePath())));
        HBox row = new HBox(8, source, choose);
        HBox.setHgrow(source, Priority.ALWAYS);
        Label where = new Label(into == null
                ? "You will be asked for the folder it goes into."
                : "The article, its original and its annotations file go into " + into + ".");
        where.setWrapText(true);
        where.setId("add-into");
        Label hint = new Label("The original is kept beside the article, byte for byte, as evidence.");
        hint.getStyleClass().add("text-muted");
        VBox content = new VBox(10, row, where, hint);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ADD, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ADD).disableProperty().bind(source.textProperty().isEmpty());
        dialog.getDialogPane().setId("add-article-dialog");
        dialog.setResultConverter(button -> button == ADD ? source.getText().strip() : null);
        dialog.setOnShown(e -> source.requestFocus());
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }

    private static Optional<File> chooseFile(Window owner, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Document to add");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Web pages and documents", "*.html", "*.htm", "*.pdf", "*.docx",
                        "*.md", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner));
    }
}
