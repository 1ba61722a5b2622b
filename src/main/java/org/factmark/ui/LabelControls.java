package org.factmark.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.ui.actions.AppAction;
import org.factmark.ui.article.FindBar;
import org.factmark.ui.article.highlight.LabelStyles;

/**
 * Everything that shows the label schema: the highlight colours, the toolbar's label buttons, the Label
 * menu and the context menu. Rebuilt whenever the schema changes (an article from another folder).
 */
final class LabelControls {
    private final AnnotationController annotations;
    private final FindBar findBar;
    private final ObservableBooleanValue noDocument;
    private final ObservableBooleanValue noSelection;
    private final Menu menu = new Menu("_Label");
    private final HBox buttons = new HBox(2);
    private final ContextMenu context = new ContextMenu();
    private Scene scene;
    private String stylesheet;

    LabelControls(AnnotationController annotations, FindBar findBar, ObservableBooleanValue noDocument,
                  ObservableBooleanValue noSelection) {
        this.annotations = annotations;
        this.findBar = findBar;
        this.noDocument = noDocument;
        this.noSelection = noSelection;
    }

    Menu menu() {
        return menu;
    }

    HBox buttons() {
        return buttons;
    }

    ContextMenu contextMenu() {
        return context;
    }

    void attach(Scene scene) {
        this.scene = scene;
    }

    void show(LabelSet labels) {
        if (stylesheet != null) {
            scene.getStylesheets().remove(stylesheet);
        }
        stylesheet = LabelStyles.dataUri(labels);
        scene.getStylesheets().add(stylesheet);
        buttons.getChildren().clear();
        menu.getItems().clear();
        context.getItems().clear();
        for (LabelDef def : labels.labels()) {
            AppAction action = new AppAction(def.name(), null, null, () -> annotations.applyLabel(def.id()), noDocument);
            buttons.getChildren().add(LabelButtons.button(def, action));
            menu.getItems().add(item(def, action));
            context.getItems().add(item(def, action));
        }
        MenuItem delete = new MenuItem("Delete Annotation   (Del)");
        delete.setOnAction(e -> annotations.deleteSelected());
        delete.disableProperty().bind(Bindings.createBooleanBinding(noSelection::get, noSelection));
        MenuItem find = new MenuItem("Find…");
        find.setOnAction(e -> findBar.open());
        context.getItems().addAll(new SeparatorMenuItem(), delete, find);
    }

    private static MenuItem item(LabelDef def, AppAction action) {
        MenuItem item = action.menuItem();
        item.setGraphic(LabelButtons.chip(def));
        // The digit keys are handled by KeyboardShortcuts, not accelerators, so typing digits in a text field
        // never labels anything; the menu still tells the key.
        item.setText("Label as " + def.name() + (def.key() > 0 ? "   (" + def.key() + ")" : ""));
        item.setId("label-as-" + def.id());
        return item;
    }
}
