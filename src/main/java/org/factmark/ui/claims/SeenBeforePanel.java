package org.factmark.ui.claims;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.factmark.claims.ClaimIndex;
import org.factmark.claims.ClaimLibrary;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeDef;
import org.factmark.prefs.ReferenceFolders;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;

/**
 * "Seen before": for the selected assertion or quote, the most similar annotations of the same label in the
 * other articles of its folder and in the reference folders, with their verdict, article, date and similarity.
 * The folders are read and each selection is compared on a thread of the panel's own, never on the JavaFX
 * thread. In the list, Enter opens the matched article and V copies the match's verdict, explanation and
 * evidence into the selected annotation, as one undoable step.
 */
public final class SeenBeforePanel {
    private final EditorState state;
    private final ReferenceFolders references;
    private final Consumer<Path> open;
    private final StatusBar status;
    private final Window owner;
    private final ObservableList<ClaimIndex.Match> matches = FXCollections.observableArrayList();
    private final ListView<ClaimIndex.Match> list = new ListView<>(matches);
    private final Label message = new Label();
    private final MenuButton folders = new MenuButton("Reference Folders");
    private final VBox node;
    private final ExecutorService work = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factmark-seen-before");
        t.setDaemon(true);
        return t;
    });
    private ClaimLibrary library;
    private Path libraryFolder;
    private int generation;

    public SeenBeforePanel(EditorState state, ReferenceFolders references, Consumer<Path> open, StatusBar status,
                           Window owner) {
        this.state = state;
        this.references = references;
        this.open = open;
        this.status = status;
        this.owner = owner;
        Label title = new Label("Seen before");
        title.getStyleClass().add("title-4");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, title, gap, folders);
        message.setWrapText(true);
        message.setId("seen-before-message");
        list.setId("seen-before-list");
        list.setPlaceholder(message);
        list.setCellFactory(l -> new MatchCell(() -> libraryFolder));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            } else if (e.getCode() == KeyCode.V && !e.isShortcutDown()) {
                copyFindings();
            } else {
                return;
            }
            e.consume();
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        node = new VBox(6, top, list);
        node.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(list, Priority.ALWAYS);
        rebuildFolderMenu();
        state.documentProperty().addListener((obs, old, doc) -> documentShown(doc));
        state.selectedProperty().addListener((obs, old, now) -> compare());
        show(List.of(), "Open an article to see where its assertions and quotes were checked before.");
    }

    public Node node() {
        return node;
    }

    /** Moves the focus to the list of matches. */
    public void focus() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !matches.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private void documentShown(AnnotationDocument doc) {
        if (doc == null) {
            return;
        }
        Path folder = doc.articlePath().toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return;
        }
        if (!folder.equals(libraryFolder) || library == null) {
            read(folder);
        } else {
            compare();
        }
    }

    /** Reads the folder's and the reference folders' claims on the panel's thread. */
    private void read(Path folder) {
        int asked = ++generation;
        libraryFolder = folder;
        library = null;
        List<Path> refs = references.list();
        show(List.of(), "Reading the assertions and quotes of " + describeFolders(refs) + "…");
        work.execute(() -> {
            ClaimLibrary read = ClaimLibrary.load(folder, refs);
            Platform.runLater(() -> {
                if (asked == generation) {
                    library = read;
                    if (!read.problems().isEmpty()) {
                        status.flash("Seen before: " + read.problems().size() + " files could not be read — "
                                + read.problems().get(0));
                    }
                    compare();
                }
            });
        });
    }

    /** Compares the selected annotation with the library on the panel's thread, and shows the answer. */
    private void compare() {
        AnnotationDocument doc = state.document();
        Annotation selected = state.selected();
        if (doc == null) {
            return;
        }
        if (library == null) {
            return; // the answer comes when the folders are read
        }
        if (selected == null || !ClaimLibrary.LABELS.contains(selected.label())) {
            show(List.of(), "Select an assertion or a quote to see the most similar ones in the other articles of "
                    + "this folder and in the reference folders, with their verdicts.");
            return;
        }
        int asked = generation;
        ClaimLibrary using = library;
        String text = doc.text();
        work.execute(() -> {
            List<ClaimIndex.Match> found = using.seenBefore(doc.articlePath(), text, selected);
            Platform.runLater(() -> {
                if (asked == generation && selected.equals(state.selected())) {
                    long compared = using.count(selected.label());
                    show(found, "Nothing like this " + selected.label() + " among the " + compared + " "
                            + selected.label() + "s of " + describeFolders(references.list())
                            + " (this article's own left out).");
                }
            });
        });
    }

    private void show(List<ClaimIndex.Match> found, String empty) {
        message.setText(empty);
        matches.setAll(found);
        if (!found.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private String describeFolders(List<Path> refs) {
        String own = libraryFolder == null ? "this folder" : "the folder " + libraryFolder.getFileName();
        return refs.isEmpty() ? own : own + " and " + refs.size() + (refs.size() == 1 ? " reference folder"
                : " reference folders");
    }

    private void openSelected() {
        ClaimIndex.Match match = list.getSelectionModel().getSelectedItem();
        if (match != null) {
            open.accept(match.claim().article());
        }
    }

    /** Copies the selected match's findings into the selected annotation: one undoable step. */
    private void copyFindings() {
        ClaimIndex.Match match = list.getSelectionModel().getSelectedItem();
        AnnotationDocument doc = state.document();
        Annotation current = state.selected();
        if (match == null || doc == null || current == null) {
            return;
        }
        List<String> details = state.labels().attributesOf(current).stream().map(AttributeDef::id).toList();
        if (!match.claim().rated() && match.claim().explanation().isBlank() && match.claim().evidence().isEmpty()) {
            status.flash("That match has no verdict, explanation or evidence to copy.");
            return;
        }
        if (!details.contains("verdict")) {
            status.flash("A " + current.label() + " has no verdict: nothing was copied.");
            return;
        }
        Annotation updated = ClaimLibrary.withFindings(current, match.claim(), details, "");
        doc.update("Copy the verdict of " + match.claim().article().getFileName(), List.of(updated));
        status.flash("Copied the verdict, explanation and evidence of " + match.claim().article().getFileName()
                + " (Ctrl+Z undoes it).");
    }

    private void rebuildFolderMenu() {
        folders.getItems().clear();
        for (Path folder : references.list()) {
            MenuItem remove = new MenuItem("Remove " + folder);
            remove.setMnemonicParsing(false);
            remove.setOnAction(e -> {
                references.remove(folder);
                referencesChanged();
            });
            folders.getItems().add(remove);
        }
        if (!folders.getItems().isEmpty()) {
            folders.getItems().add(new SeparatorMenuItem());
        }
        MenuItem add = new MenuItem("Add a Reference Folder…");
        add.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("A folder of checked articles to compare with");
            java.io.File chosen = chooser.showDialog(owner);
            if (chosen != null && references.add(chosen.toPath())) {
                referencesChanged();
            }
        });
        folders.getItems().add(add);
    }

    private void referencesChanged() {
        rebuildFolderMenu();
        if (libraryFolder != null) {
            read(libraryFolder);
        }
    }

    /** Adds a reference folder as the menu does, without the folder chooser: for tests. */
    public void addReference(Path folder) {
        if (references.add(folder)) {
            referencesChanged();
        }
    }
}
