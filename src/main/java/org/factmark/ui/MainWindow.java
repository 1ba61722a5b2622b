package org.factmark.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.LabelDef;
import org.factmark.model.LineIndex;
import org.factmark.prefs.RecentFiles;
import org.kordamp.ikonli.feather.Feather;

/** Lays out the window and wires its parts; the logic lives in the controllers. */
public final class MainWindow {
    private final Stage stage;
    private final EditorState state = new EditorState();
    private final ArticleView view = new ArticleView();
    private final StatusBar status = new StatusBar(state.labels());
    private final FindBar findBar = new FindBar(view, status, () -> state.document() == null ? ""
            : state.document().text());
    private final AnnotationTable table = new AnnotationTable(state);
    private final AnnotationController annotations = new AnnotationController(state, view, status);
    private final FileController files;
    private final Menu recentMenu = new Menu("Open Recent");
    private LineIndex lines = new LineIndex("");

    public MainWindow(Stage stage, RecentFiles recent) {
        this.stage = stage;
        this.files = new FileController(state, view, status, recent, stage);
        ObservableBooleanValue noDocument = state.documentProperty().isNull();
        ObservableBooleanValue noSelection = state.selectedProperty().isNull();

        AppAction open = new AppAction("Open…", KeyCombination.valueOf("Shortcut+O"), Feather.FOLDER,
                files::chooseAndOpen, null);
        AppAction save = new AppAction("Save", KeyCombination.valueOf("Shortcut+S"), Feather.SAVE, files::save,
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
        AppAction quit = new AppAction("Quit", KeyCombination.valueOf("Shortcut+Q"), null,
                () -> { if (files.confirmDiscardOrSave()) { stage.hide(); } }, null);
        List<AppAction> labelActions = new ArrayList<>();
        for (LabelDef def : state.labels().labels()) {
            labelActions.add(new AppAction(def.name(), null, null, () -> annotations.applyLabel(def.id()), noDocument));
        }

        MenuBar menus = new MenuBar(
                new Menu("_File", null, open.menuItem(), recentMenu, new SeparatorMenuItem(), save.menuItem(),
                        new SeparatorMenuItem(), quit.menuItem()),
                new Menu("_Edit", null, undo.menuItem(), redo.menuItem(), new SeparatorMenuItem(),
                        find.menuItem(), findNext.menuItem(), new SeparatorMenuItem(), deleteItem(delete)),
                new Menu("_Label", null, labelItems(labelActions).toArray(MenuItem[]::new)));
        menus.setId("menu-bar");

        ToolBar toolbar = new ToolBar(open.button(), save.button(), new Separator(Orientation.VERTICAL),
                undo.button(), redo.button(), new Separator(Orientation.VERTICAL));
        for (int i = 0; i < labelActions.size(); i++) {
            toolbar.getItems().add(LabelButtons.button(state.labels().labels().get(i), labelActions.get(i)));
        }
        toolbar.getItems().addAll(new Separator(Orientation.VERTICAL), delete.button(), find.button());

        ContextMenu context = new ContextMenu();
        context.getItems().addAll(labelItems(labelActions));
        context.getItems().addAll(new SeparatorMenuItem(), deleteItem(delete), find.menuItem());
        view.installContextMenu(context);

        VBox articlePane = new VBox(findBar.node(), view.node());
        VBox.setVgrow(view.node(), Priority.ALWAYS);
        SplitPane split = new SplitPane(articlePane, table.node());
        split.setDividerPositions(0.66);
        SplitPane.setResizableWithParent(table.node(), false);

        BorderPane root = new BorderPane(split, new VBox(menus, toolbar), null, status.node(), null);
        root.getStyleClass().add("factmark");
        Scene scene = new Scene(root, 1280, 820);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/factmark.css").toExternalForm());
        new KeyboardShortcuts(state, annotations, findBar, view).install(scene);
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(400);

        wire(scene);
    }

    private void wire(Scene scene) {
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, state.documentProperty(),
                state.dirtyProperty()));
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscardOrSave()) {
                e.consume();
            }
        });
        state.documentProperty().addListener((obs, old, doc) -> {
            lines = new LineIndex(doc == null ? "" : doc.text());
            refreshCounts();
            if (doc != null) {
                doc.addListener(edit -> refreshCounts());
            }
        });
        view.area().caretPositionProperty().addListener((obs, old, pos) -> status.showCaret(lines.describe(pos)));
        view.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                view.characterAt(e.getX(), e.getY()).ifPresent(annotations::clickedAt);
            }
        });
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
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
        status.showCaret(lines.describe(0));
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
        return (state.dirtyProperty().get() ? "• " : "") + doc.articlePath().getFileName() + " — Factmark";
    }

    private void refreshCounts() {
        AnnotationDocument doc = state.document();
        status.showCounts(state.labels(), doc == null ? java.util.Map.of() : doc.annotations().countsByLabel());
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

    private List<MenuItem> labelItems(List<AppAction> labelActions) {
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < labelActions.size(); i++) {
            LabelDef def = state.labels().labels().get(i);
            MenuItem item = labelActions.get(i).menuItem();
            item.setGraphic(LabelButtons.chip(def));
            // The digit keys are handled by KeyboardShortcuts, not accelerators, so typing digits in the find
            // field never labels anything; the menu still tells the key.
            item.setText("Label as " + def.name() + "   (" + def.key() + ")");
            item.setId("label-as-" + def.id());
            items.add(item);
        }
        return items;
    }

    private static MenuItem deleteItem(AppAction delete) {
        MenuItem item = delete.menuItem();
        item.setText("Delete Annotation   (Del)");
        return item;
    }
}
