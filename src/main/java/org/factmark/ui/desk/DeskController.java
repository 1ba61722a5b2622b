package org.factmark.ui.desk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.factmark.desk.Desk;
import org.factmark.desk.DeskEntry;
import org.factmark.desk.FolderStats;
import org.factmark.desk.FolderWatch;
import org.factmark.desk.Statuses;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.DocumentStatus;
import org.factmark.model.LabelSet;
import org.factmark.ui.flow.EditorState;

/**
 * The desk: a folder of articles beside the editor. The folder is scanned and watched off the JavaFX thread;
 * moving through the list (arrow keys or clicks) opens each article the way File ▸ Open does, so unsaved work is
 * asked about (or kept in the recovery copy) as always. The open article's status is set here, as an undoable
 * edit through the change flow.
 */
public final class DeskController {
    private static final Duration OPEN_AFTER = Duration.millis(200);
    private final Window window;
    private final EditorState state;
    private final Predicate<Path> opener;
    private final Consumer<Node> show;
    private final DeskTable table;
    private final DeskPanel panel;
    private final ExecutorService scanner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "factmark-desk-scan");
        t.setDaemon(true);
        return t;
    });
    private final PauseTransition openLater = new PauseTransition(OPEN_AFTER);
    private Path folder;
    private final javafx.beans.property.BooleanProperty closed = new javafx.beans.property.SimpleBooleanProperty(true);
    private Statuses statuses = Statuses.standard();
    private FolderWatch watch;
    private long generation;
    /** Set while the list's selection is moved to follow the open article, not by the user. */
    private boolean following;

    /**
     * @param opener opens an article as File ▸ Open does; false when the user cancelled at the unsaved-work question
     * @param show   puts the panel in the window (once, when the first folder is opened)
     */
    public DeskController(Window window, EditorState state, Predicate<Path> opener, Consumer<Node> show) {
        this.window = window;
        this.state = state;
        this.opener = opener;
        this.show = show;
        this.table = new DeskTable(() -> statuses);
        this.panel = new DeskPanel(table);
        wire();
    }

    private void wire() {
        table.view().getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            panel.problem.setVisible(entry != null && entry.isBroken());
            panel.problem.setText(entry != null && entry.isBroken() ? entry.problem() : "");
            if (!following && entry != null && !entry.isBroken() && !isOpenArticle(entry)) {
                openLater.playFromStart();
            }
        });
        openLater.setOnFinished(e -> Platform.runLater(this::openSelected));
        table.view().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openLater.stop();
                openSelected();
                e.consume();
            }
        });
        table.view().setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        panel.filter.textProperty().addListener((obs, old, text) -> refilter());
        panel.statusFilter.valueProperty().addListener((obs, old, value) -> refilter());
        panel.status.setOnAction(e -> {
            AnnotationDocument doc = state.document();
            String chosen = panel.status.getValue();
            if (!following && doc != null && chosen != null) {
                doc.setStatus(chosen);
            }
        });
    }

    public Node node() {
        return panel.node();
    }

    public boolean isOpen() {
        return folder != null;
    }

    /** True until a folder is opened. */
    public javafx.beans.value.ObservableBooleanValue closedProperty() {
        return closed;
    }

    public Path folder() {
        return folder;
    }

    /** The articles listed now, in the list's order (for tests). */
    public List<DeskEntry> shown() {
        return List.copyOf(table.view().getItems());
    }

    /** Opens {@code folder} in the desk: the panel shows, the list fills once the scan is done. */
    public void open(Path chosen) {
        Path next = chosen.toAbsolutePath().normalize();
        if (watch != null) {
            watch.close();
            watch = null;
        }
        folder = next;
        closed.set(false);
        table.setFolder(next);
        panel.folder.setText(next.getFileName() == null ? next.toString() : next.getFileName().toString());
        panel.folder.setTooltip(new javafx.scene.control.Tooltip(next.toString()));
        panel.progress.setText("Reading the folder…");
        show.accept(panel.node());
        rescan(true);
        try {
            watch = new FolderWatch(next, () -> Platform.runLater(() -> rescan(false)));
        } catch (IOException e) {
            panel.progress.setText("The folder is not watched for changes: " + e.getMessage());
        }
    }

    /** Asks for a folder, starting at the open article's, and opens it. */
    public void chooseAndOpen() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a folder of articles");
        Path start = folder != null ? folder : articleFolder();
        if (start != null && start.toFile().isDirectory()) {
            chooser.setInitialDirectory(start.toFile());
        }
        java.io.File picked = chooser.showDialog(window);
        if (picked != null) {
            open(picked.toPath());
        }
    }

    /** Opens the folder the open article is in. */
    public void openArticleFolder() {
        Path at = articleFolder();
        if (at != null) {
            open(at);
        }
    }

    private Path articleFolder() {
        AnnotationDocument doc = state.document();
        return doc == null ? null : doc.articlePath().toAbsolutePath().getParent();
    }

    /** Scans the folder on the desk's thread; only the latest scan's result is shown. */
    private void rescan(boolean fresh) {
        Path scanning = folder;
        long mine = ++generation;
        scanner.execute(() -> {
            try {
                List<DeskEntry> entries = Desk.scan(scanning);
                Statuses.Loaded loaded = Statuses.forFolder(scanning);
                LabelSet labels = LabelSchemaLoader.forArticle(scanning.resolve(LabelSchemaLoader.FOLDER_FILE))
                        .labels();
                Platform.runLater(() -> {
                    if (mine == generation) {
                        shown(entries, loaded.statuses(), fresh ? labels : null);
                    }
                });
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    if (mine == generation) {
                        panel.progress.setText("The folder cannot be read: " + e.getMessage());
                    }
                });
            }
        });
    }

    private void shown(List<DeskEntry> entries, Statuses loaded, LabelSet labels) {
        statuses = loaded;
        if (labels != null) {
            table.columnsFor(labels);
        }
        following = true;
        String filterValue = panel.statusFilter.getValue();
        panel.statusFilter.getItems().setAll(DeskPanel.ANY_STATUS);
        panel.statusFilter.getItems().addAll(statuses.values());
        panel.statusFilter.setValue(filterValue == null || !panel.statusFilter.getItems().contains(filterValue)
                ? DeskPanel.ANY_STATUS : filterValue);
        panel.status.getItems().setAll(statuses.values());
        table.all().setAll(entries);
        refilter();
        following = false;
        followDocument();
    }

    private void refilter() {
        String words = panel.filter.getText() == null ? "" : panel.filter.getText();
        String status = panel.statusFilter.getValue();
        boolean anyStatus = status == null || status.equals(DeskPanel.ANY_STATUS);
        table.filtered().setPredicate(e -> table.matches(e, words)
                && (anyStatus || !e.isBroken() && statuses.of(e).equals(status)));
        showProgress();
    }

    private void showProgress() {
        FolderStats stats = FolderStats.of(table.all(), statuses);
        String line = stats.done() + " of " + stats.usable() + " " + statuses.done();
        if (stats.broken() > 0) {
            line += " · " + stats.broken() + " cannot be read";
        }
        if (table.filtered().size() != table.all().size()) {
            line += " · showing " + table.filtered().size();
        }
        panel.progress.setText(line);
    }

    /** Follows the change flow: the open article's row is selected and its status shown. */
    public void take(DocumentEvent event) {
        if (folder != null && (event instanceof DocumentEvent.Shown || event instanceof DocumentEvent.Edited)) {
            followDocument();
        }
    }

    private void followDocument() {
        AnnotationDocument doc = state.document();
        following = true;
        try {
            panel.status.setDisable(doc == null);
            DocumentStatus recorded = doc == null ? null : doc.snapshot().status();
            panel.status.setValue(doc == null ? null
                    : statuses.of(recorded, doc.annotations().size()));
            if (doc != null) {
                table.view().getItems().stream().filter(this::isOpenArticle).findFirst().ifPresent(row -> {
                    table.view().getSelectionModel().select(row);
                });
            }
        } finally {
            following = false;
        }
    }

    private boolean isOpenArticle(DeskEntry entry) {
        AnnotationDocument doc = state.document();
        return doc != null && doc.articlePath().toAbsolutePath().normalize().equals(entry.article().normalize());
    }

    private void openSelected() {
        DeskEntry entry = table.view().getSelectionModel().getSelectedItem();
        if (entry == null || entry.isBroken() || isOpenArticle(entry)) {
            return;
        }
        if (!opener.test(entry.article())) {
            followDocument(); // cancelled: the open article stays, and so does its row
        }
    }

    /** F9 with a folder open: the folder's figures. */
    public void showStatistics(LabelSet labels) {
        FolderStatisticsView.show(window, labels, FolderStats.of(table.all(), statuses), statuses);
    }

    /** Stops watching the folder (the window closed). */
    public void stop() {
        if (watch != null) {
            watch.close();
        }
        scanner.shutdownNow();
    }
}
