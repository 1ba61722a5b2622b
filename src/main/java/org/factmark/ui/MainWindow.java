package org.factmark.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.factmark.edit.AnnotationDocument;
import org.factmark.edit.DocumentEvent;
import org.factmark.edit.Statistics;
import org.factmark.edit.Tally;
import org.factmark.model.LineIndex;
import org.factmark.prefs.AppData;
import org.factmark.prefs.Preferences;
import org.factmark.prefs.RecentFiles;
import org.factmark.recovery.WorkStore;
import org.factmark.ui.actions.AppAction;
import org.factmark.ui.actions.KeyboardShortcuts;
import org.factmark.ui.actions.Shortcuts;
import org.factmark.ui.actions.ShortcutsOverlay;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.article.FindBar;
import org.factmark.ui.files.ExportImportController;
import org.factmark.ui.files.FileController;
import org.factmark.ui.inspector.Inspector;
import org.factmark.ui.inspector.SuggestedValues;
import org.factmark.ui.list.AnnotationList;
import org.factmark.ui.list.ListFilter;
import org.factmark.ui.safety.DiskWatch;
import org.factmark.ui.safety.ReviewPanel;
import org.factmark.ui.safety.WorkKeeper;
import org.kordamp.ikonli.feather.Feather;

/** Lays out the window and wires its parts; the logic lives in the controllers. */
public final class MainWindow {
    private final Stage stage;
    private final Preferences prefs;
    private final EditorState state = new EditorState();
    private final ArticleView view = new ArticleView();
    private final StatusBar status = new StatusBar(state.labels());
    private final FindBar findBar = new FindBar(view, status, () -> state.document() == null ? ""
            : state.document().text());
    private final AnnotationList table = new AnnotationList(state, this::lines);
    private final ListFilter listFilter = new ListFilter(state, table);
    private final AnnotationController annotations = new AnnotationController(state, view, status);
    private final Inspector inspector;
    private final FileController files;
    private final WorkKeeper keeper;
    private final ExportImportController exports;
    private final ReviewPanel review;
    private final DiskWatch diskWatch;
    private final org.factmark.ui.add.AddArticleController adding;
    private final org.factmark.ui.add.ShowOriginal original = new org.factmark.ui.add.ShowOriginal(state::document);
    private final ChangeFlow changes;
    private final Menu recentMenu = new Menu("Open Recent");
    private final LabelControls labelControls;
    private final Scene scene;
    private ViewSettings settings;
    private ObservableBooleanValue noDocument;
    private final SuggestedValues suggested = new SuggestedValues(state);
    private static final LineIndex NO_LINES = new LineIndex("");

    public MainWindow(Stage stage, RecentFiles recent) {
        this(stage, recent, Preferences.standard(), new WorkStore(AppData.folder()));
    }

    public MainWindow(Stage stage, RecentFiles recent, Preferences prefs, WorkStore work) {
        this.stage = stage;
        this.prefs = prefs;
        this.keeper = new WorkKeeper(state, work, status, stage);
        this.changes = changeFlow();
        this.files = new FileController(state, view, status, recent, stage, keeper, changes);
        this.exports = new ExportImportController(state, status, stage, prefs);
        this.review = new ReviewPanel(state, view, status, stage);
        files.onReanchored(review::review);
        this.diskWatch = new DiskWatch(state);
        this.adding = new org.factmark.ui.add.AddArticleController(stage, state::document,
                () -> prefs.values().lastFolder().isEmpty() ? null : Path.of(prefs.values().lastFolder()),
                files::open, status.progressForAdding());
        diskWatch.reportTo(status);
        diskWatch.quietWhile(files::busy);
        // a closed window watches no files (and its timer no longer keeps it, and its document, alive),
        // and writes no recovery copy once the user has saved or discarded the work
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            diskWatch.stop();
            keeper.stop();
        });
        diskWatch.onReload(() -> {
            AnnotationDocument doc = state.document();
            if (doc != null) {
                files.reload(doc.articlePath());
            }
        });
        this.labelControls = new LabelControls(annotations, findBar, state.documentProperty().isNull(),
                state.selectedProperty().isNull());
        this.inspector = new Inspector(state, () -> view.area().requestFocus(), suggested::forAttribute);
        files.creatorFrom(prefs::annotator);
        files.lastFolderFrom(() -> prefs.values().lastFolder().isEmpty() ? null : Path.of(prefs.values().lastFolder()));
        annotations.listSelectionFrom(table::selectedItems);
        noDocument = state.documentProperty().isNull();
        ObservableBooleanValue noSelection = state.selectedProperty().isNull();

        AppAction open = new AppAction("Open…", KeyCombination.valueOf("Shortcut+O"), Feather.FOLDER,
                files::chooseAndOpen, null);
        AppAction add = new AppAction("Add Article…", null, Feather.FILE_PLUS, adding::addFromDialog, null);
        AppAction showOriginal = new AppAction("Show Original", null, Feather.EXTERNAL_LINK, original::show,
                Bindings.createBooleanBinding(() -> !original.available(), state.documentProperty()));
        AppAction save = new AppAction("Save", KeyCombination.valueOf("Shortcut+S"), Feather.SAVE, files::saveFromKey,
                Bindings.not(state.dirtyProperty()));
        AppAction undo = new AppAction("Undo", KeyCombination.valueOf("Shortcut+Z"), Feather.ROTATE_CCW,
                annotations::undo, Bindings.not(state.canUndoProperty()));
        AppAction redo = new AppAction("Redo", KeyCombination.valueOf("Shortcut+Shift+Z"), Feather.ROTATE_CW,
                annotations::redo, Bindings.not(state.canRedoProperty()));
        AppAction find = new AppAction("Find…", KeyCombination.valueOf("Shortcut+F"), Feather.SEARCH,
                findBar::open, noDocument);
        AppAction findNext = new AppAction("Find Next", KeyCombination.valueOf("F3"), null,
                () -> findBar.find(true), noDocument);
        AppAction delete = new AppAction("Delete Annotation", null, Feather.TRASH_2,
                annotations::deleteSelected, noSelection);
        AppAction next = new AppAction("Next Annotation   (N, Tab)", null, Feather.ARROW_DOWN,
                () -> annotations.step(true), noDocument);
        AppAction previous = new AppAction("Previous Annotation   (P, Shift+Tab)", null, Feather.ARROW_UP,
                () -> annotations.step(false), noDocument);
        AppAction reviewAction = new AppAction("Review Re-anchored Annotations…", KeyCombination.valueOf("F7"),
                Feather.CHECK_SQUARE, () -> review.show(), noDocument);
        AppAction statistics = new AppAction("Statistics…", KeyCombination.valueOf("F9"), Feather.BAR_CHART_2,
                this::showStatistics, noDocument);
        AppAction shortcuts = new AppAction("Keyboard Shortcuts", KeyCombination.valueOf("F1"), Feather.HELP_CIRCLE,
                this::showShortcuts, null);
        AppAction zoomIn = new AppAction("Larger Text", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), Feather.ZOOM_IN,
                () -> settings.zoom(prefs.values().fontSize() + 1), null);
        AppAction zoomOut = new AppAction("Smaller Text", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), Feather.ZOOM_OUT,
                () -> settings.zoom(prefs.values().fontSize() - 1), null);
        AppAction zoomReset = new AppAction("Normal Size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), null,
                () -> settings.zoom(Preferences.DEFAULT_FONT_SIZE), null);
        AppAction export = new AppAction("Export…", KeyCombination.valueOf("Shortcut+E"), Feather.SHARE,
                exports::export, noDocument);
        AppAction importing = new AppAction("Import Annotations…", null, Feather.DOWNLOAD,
                exports::importAnnotations, noDocument);
        AppAction versions = new AppAction("Restore Previous Version…", null, Feather.CLOCK,
                () -> keeper.restorePreviousVersion(), noDocument);
        AppAction annotator = new AppAction("Annotator Name…", null, Feather.USER, () -> settings.askAnnotator(), null);
        AppAction quit = new AppAction("Quit", KeyCombination.valueOf("Shortcut+Q"), null,
                () -> files.confirmDiscardOrSave(stage::hide), null);

        // Alt+C is handled by KeyboardShortcuts: an accelerator fires a check item without toggling it.
        CheckMenuItem byCharacter = new CheckMenuItem("Move Boundaries by Character   (Alt+C)");
        byCharacter.selectedProperty().addListener((obs, was, on) -> annotations.setMoveByCharacter(on));
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setSelected(prefs.values().dark());
        dark.selectedProperty().addListener((obs, was, on) -> settings.applyTheme(on));
        MenuItem deleteMenuItem = delete.menuItem();
        deleteMenuItem.setText("Delete Annotation   (Del)");

        MenuBar menus = new MenuBar(
                new Menu("_File", null, open.menuItem(), add.menuItem(), recentMenu, new SeparatorMenuItem(),
                        save.menuItem(), versions.menuItem(), showOriginal.menuItem(),
                        new SeparatorMenuItem(), export.menuItem(), importing.menuItem(), new SeparatorMenuItem(),
                        annotator.menuItem(), new SeparatorMenuItem(), quit.menuItem()),
                new Menu("_Edit", null, undo.menuItem(), redo.menuItem(), new SeparatorMenuItem(),
                        find.menuItem(), findNext.menuItem(), new SeparatorMenuItem(), deleteMenuItem, byCharacter),
                labelControls.menu(),
                new Menu("_View", null, next.menuItem(), previous.menuItem(), new SeparatorMenuItem(),
                        zoomIn.menuItem(), zoomOut.menuItem(), zoomReset.menuItem(), dark,
                        DirectionMenu.make(state, view, status), new SeparatorMenuItem(),
                        reviewAction.menuItem(), statistics.menuItem()),
                new Menu("_Help", null, shortcuts.menuItem()));
        menus.setId("menu-bar");

        ToolBar toolbar = new ToolBar(open.button(), save.button(), new Separator(Orientation.VERTICAL),
                undo.button(), redo.button(), new Separator(Orientation.VERTICAL), labelControls.buttons(),
                new Separator(Orientation.VERTICAL), delete.button(), find.button(), statistics.button());
        view.installContextMenu(labelControls.contextMenu());

        VBox articlePane = new VBox(diskWatch.node(), findBar.node(), view.node());
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        VBox listPane = new VBox(listFilter.node(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane side = new SplitPane(listPane, inspector.node());
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.5);
        SplitPane split = new SplitPane(articlePane, side);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(side, false);

        BorderPane root = new BorderPane(split, new VBox(menus, toolbar), null, status.node(), null);
        root.getStyleClass().add("factmark");
        scene = new Scene(root, 1360, 860);
        labelControls.attach(scene);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/factmark.css").toExternalForm());
        new KeyboardShortcuts(state, annotations, findBar, view, table, inspector::focusFirstField,
                this::showShortcuts, () -> byCharacter.setSelected(!byCharacter.isSelected())).install(scene);
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(440);
        settings = new ViewSettings(prefs, state, view, status, stage, scene);
        view.setFontSize(prefs.values().fontSize());
        settings.applyTheme(prefs.values().dark());
        wire();
    }

    /**
     * The one path of every change to the open document, its steps in the order they run (see {@link
     * ChangeFlow} and docs/ARCHITECTURE.md).
     */
    private ChangeFlow changeFlow() {
        return new ChangeFlow(new ChangeFlow.Steps(
                event -> {                                  // 1. model
                    state.take(event);
                    if (event instanceof DocumentEvent.Shown shown) {
                        suggested.readFolderOf(shown.document());
                        prefs.setLastFolder(shown.document().articlePath().toAbsolutePath().getParent());
                    }
                },
                event -> {                                  // 2. list
                    table.take(event);
                    listFilter.take(event);
                },
                view::take,                                 // 3. view
                event -> {                                  // 4. counts (and the status bar's source)
                    if (event instanceof DocumentEvent.Shown) {
                        status.showSource(org.factmark.ui.add.Provenance.siteAndDate(event.document()),
                                org.factmark.ui.add.Provenance.details(event.document()));
                    }
                    refreshCounts();
                },
                annotations::take,                          // 5. selection
                event -> {                                  // 6. work safety
                    keeper.take(event);
                    diskWatch.take(event);
                }));
    }

    /** The open document's lines (the status bar and the list ask). */
    private LineIndex lines() {
        AnnotationDocument doc = state.document();
        return doc == null ? NO_LINES : doc.lines();
    }

    private void wire() {
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, state.documentProperty(),
                state.dirtyProperty()));
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                diskWatch.check();
            }
        });
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed once any save has ended and the unsaved changes are answered for
            files.confirmDiscardOrSave(stage::hide);
        });
        state.labelsProperty().addListener((obs, old, labels) -> {
            labelControls.show(labels);
            status.setLabels(labels);
            refreshCounts();
        });
        labelControls.show(state.labels());
        refreshCounts();
        view.onEachArea(area -> {
            area.caretPositionProperty().addListener((obs, old, pos) -> status.showCaret(lines().describe(pos)));
            status.showCaret(lines().describe(area.getCaretPosition()));
            area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    view.characterAt(e.getX(), e.getY()).ifPresent(annotations::clickedAt);
                }
            });
        });
        view.installHoverDetails(() -> state.document(), state::labels);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() || org.factmark.ui.add.AddArticleController.adds(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            if (adding.drop(e.getDragboard())) {
                e.setDropCompleted(true);
                e.consume();
                return;
            }
            boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (done) {
                Path dropped = e.getDragboard().getFiles().get(0).toPath();
                javafx.application.Platform.runLater(() -> files.open(dropped));
            }
            e.setDropCompleted(done);
            e.consume();
        });
        files.onRecentChanged(this::rebuildRecentMenu);
        rebuildRecentMenu();
    }

    /** Opens an article as the app starts; a problem is reported and the window stays up. */
    public void open(Path article) {
        files.open(article);
    }

    private String title() {
        AnnotationDocument doc = state.document();
        if (doc == null) {
            return "Factmark";
        }
        String source = org.factmark.ui.add.Provenance.siteAndDate(doc);
        return (state.dirtyProperty().get() ? "• " : "") + doc.articlePath().getFileName()
                + (source.isEmpty() ? "" : " — " + source) + " — Factmark";
    }

    /** The status bar's counts, from the running tally: no walk over every annotation per keystroke. */
    private void refreshCounts() {
        Tally tally = state.document() == null ? null : state.document().tally();
        if (tally == null) {
            status.showCounts(state.labels(), Map.of());
            status.showProgress("");
            return;
        }
        status.showCounts(state.labels(), tally.byLabel());
        boolean verdicts = state.labels().byId(Statistics.ASSERTION).flatMap(d -> d.attribute(Statistics.VERDICT))
                .isPresent();
        String progress = tally.progress();
        status.showProgress(verdicts ? progress : progress.substring(0, progress.indexOf(',')));
    }

    private void showStatistics() {
        AnnotationDocument doc = state.document();
        if (doc != null) {
            StatisticsView.show(stage, state.labels(), doc.annotations().all());
        }
    }

    private void showShortcuts() {
        ShortcutsOverlay.show(stage, Shortcuts.all(state.labels()));
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : files.recentFiles()) {
            MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> files.open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Opens archived originals with this instead of the system's viewer: the app's host services, a test. */
    public void showDocumentsWith(java.util.function.Consumer<String> viewer) {
        original.useViewer(viewer);
    }

    /** Where an added article goes when no article is open, instead of asking: for tests. */
    void addInto(java.util.function.Function<Path, java.util.Optional<Path>> chooser) {
        adding.useFolderChooser(chooser);
    }

    /** True while an article is being read or a save written, until the window shows the outcome. */
    public boolean busyWithFiles() {
        return files.busy();
    }

    /** Where files are read and written instead of the file thread: for tests that hold it. */
    void fileWorkOn(java.util.concurrent.Executor work) {
        files.workOn(work);
    }

    /** The open document, for tests that check what the window holds. */
    public AnnotationDocument document() {
        return state.document();
    }

    /** Where exports go and imports come from, instead of the system's file choosers: for tests. */
    void useChoosers(java.util.function.BiFunction<org.factmark.formats.ExportResult, Path, java.util.Optional<Path>> target,
                     java.util.function.BiFunction<org.factmark.formats.Importer, Path, java.util.Optional<Path>> source) {
        exports.useChoosers(target, source);
    }
}
