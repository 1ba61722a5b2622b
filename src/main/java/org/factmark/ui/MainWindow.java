package org.factmark.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
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
import org.factmark.ui.actions.ActionKeys;
import org.factmark.ui.actions.ActionMenus;
import org.factmark.ui.actions.ActionTable;
import org.factmark.ui.actions.ShortcutsOverlay;
import org.factmark.ui.actions.WindowCommands;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.article.FindBar;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.files.ExportImportController;
import org.factmark.ui.files.FileController;
import org.factmark.ui.flow.ChangeFlow;
import org.factmark.ui.flow.EditorState;
import org.factmark.ui.inspector.Inspector;
import org.factmark.ui.inspector.SuggestedValues;
import org.factmark.ui.list.AnnotationList;
import org.factmark.ui.list.ListFilter;
import org.factmark.ui.safety.DiskWatch;
import org.factmark.ui.safety.ReviewPanel;
import org.factmark.ui.safety.WorkKeeper;
import org.factmark.ui.selection.AnnotationController;

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
    private final org.factmark.ui.compare.CompareController compare;
    private final DiskWatch diskWatch;
    private final org.factmark.ui.add.AddArticleController adding;
    private final org.factmark.ui.add.ShowOriginal original = new org.factmark.ui.add.ShowOriginal(state::document);
    private final ChangeFlow changes;
    private final org.factmark.ui.desk.DeskController desk;
    private SplitPane split;
    private final Menu recentMenu = new Menu("Open Recent");
    private final LabelControls labelControls;
    private final ActionTable actions;
    private final Scene scene;
    private ViewSettings settings;
    private final SuggestedValues suggested = new SuggestedValues(state);
    private final org.factmark.ui.claims.SeenBeforePanel seenBefore;
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
        this.compare = new org.factmark.ui.compare.CompareController(state, view, status, stage);
        this.diskWatch = new DiskWatch(state);
        this.adding = new org.factmark.ui.add.AddArticleController(stage, state::document,
                () -> prefs.values().lastFolder().isEmpty() ? null : Path.of(prefs.values().lastFolder()),
                files::open, status.progressForAdding());
        this.desk = new org.factmark.ui.desk.DeskController(stage, state, files::open, this::showDesk);
        diskWatch.reportTo(status);
        diskWatch.quietWhile(files::busy);
        // a closed window watches no files (and its timer no longer keeps it, and its document, alive),
        // and writes no recovery copy once the user has saved or discarded the work
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            diskWatch.stop();
            keeper.stop();
            desk.stop();
        });
        diskWatch.onReload(() -> {
            AnnotationDocument doc = state.document();
            if (doc != null) {
                files.reload(doc.articlePath());
            }
        });
        this.seenBefore = new org.factmark.ui.claims.SeenBeforePanel(state, new org.factmark.prefs.ReferenceFolders(
                prefs.folder().resolve("reference-folders.json")), files::open, status, stage);
        this.inspector = new Inspector(state, () -> view.area().requestFocus(), suggested::forAttribute);
        files.creatorFrom(prefs::annotator);
        files.lastFolderFrom(() -> prefs.values().lastFolder().isEmpty() ? null : Path.of(prefs.values().lastFolder()));
        annotations.listSelectionFrom(table::selectedItems);

        BooleanProperty dark = new SimpleBooleanProperty(prefs.values().dark());
        dark.addListener((obs, was, on) -> settings.applyTheme(on));
        this.actions = new ActionTable(state, annotations, files, findBar, view, exports, keeper, review,
                new WindowCommands(this::showStatistics, this::showShortcuts,
                        () -> files.confirmDiscardOrSave(stage::hide),
                        () -> settings.zoom(prefs.values().fontSize() + 1),
                        () -> settings.zoom(prefs.values().fontSize() - 1),
                        () -> settings.zoom(Preferences.DEFAULT_FONT_SIZE), () -> settings.askAnnotator(), dark,
                        inspector::focusFirstField, table, recentMenu, adding::addFromDialog, original::show,
                        Bindings.createBooleanBinding(() -> !original.available(), state.documentProperty()),
                        DirectionMenu.make(state, status), compare::chooseAndCompare, seenBefore::focus,
                        desk::chooseAndOpen, desk::openArticleFolder, desk.closedProperty()));
        actions.showLabels(state.labels());
        ActionMenus menus = new ActionMenus(actions);
        this.labelControls = new LabelControls(actions, menus);
        view.installContextMenu(menus.contextMenu());

        findBar.enableLabelAll(state::document, state::labels);
        VBox articlePane = new VBox(diskWatch.node(), findBar.node(), view.node());
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        VBox listPane = new VBox(listFilter.node(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane side = new SplitPane(listPane, inspector.node(), seenBefore.node());
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.42, 0.74);
        split = new SplitPane(articlePane, side);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(side, false);

        BorderPane root = new BorderPane(split, new VBox(menus.menuBar(), menus.toolbar()), null, status.node(), null);
        root.getStyleClass().add("factmark");
        scene = new Scene(root, 1360, 860);
        labelControls.attach(scene);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/factmark.css").toExternalForm());
        ActionKeys.install(scene, actions, () -> state.document() != null, view::area, table);
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
                event -> {                                  // 3. view (and the compare view's outlines)
                    view.take(event);
                    compare.take(event);
                },
                event -> {                                  // 4. counts (and the status bar's source)
                    if (event instanceof DocumentEvent.Shown) {
                        status.showSource(org.factmark.ui.add.Provenance.siteAndDate(event.document()),
                                org.factmark.ui.add.Provenance.details(event.document()));
                    }
                    refreshCounts();
                    desk.take(event);
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
            area.caretPositionProperty().addListener((obs, old, pos) ->
                    status.showCaret(lines().describe(area.display().toModel(pos))));
            status.showCaret(lines().describe(area.articleCaret()));
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
        if (java.nio.file.Files.isDirectory(article)) {
            desk.open(article);
            return;
        }
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

    /** The F1 sheet's rows, as the window's action table makes them: for tests. */
    java.util.List<ShortcutsOverlay.Shortcut> keyHelp() {
        return actions.helpRows();
    }

    private void showStatistics() {
        if (desk.isOpen()) {
            desk.showStatistics(state.labels());
            return;
        }
        AnnotationDocument doc = state.document();
        if (doc != null) {
            StatisticsView.show(stage, state.labels(), doc.annotations().all());
        }
    }

    /** Puts the desk's panel at the window's left, the first time a folder is opened. */
    private void showDesk(javafx.scene.Node panel) {
        if (!split.getItems().contains(panel)) {
            split.getItems().add(0, panel);
            SplitPane.setResizableWithParent(panel, false);
            split.setDividerPositions(0.27, 0.70);
        }
    }

    /** The desk (the folder open beside the article), for tests. */
    public org.factmark.ui.desk.DeskController desk() {
        return desk;
    }

    private void showShortcuts() {
        ShortcutsOverlay.show(stage, actions.helpRows());
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

    /** Compares the open document with another sidecar, as File ▸ Compare With… does once it is chosen: for tests. */
    public void compareWith(Path theirs) {
        compare.compareWithFile(theirs);
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
