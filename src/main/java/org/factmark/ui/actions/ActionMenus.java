package org.factmark.ui.actions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Makes the menu bar, the toolbar and the text's context menu from the action table, and remakes the parts
 * that show the label schema when it changes.
 */
public final class ActionMenus {
    private final ActionTable table;
    private final Map<Action.Group, Menu> menus = new EnumMap<>(Action.Group.class);
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolbar = new ToolBar();
    private final ContextMenu context = new ContextMenu();
    private boolean built;

    public ActionMenus(ActionTable table) {
        this.table = table;
        for (Action.Group group : Action.Group.values()) {
            menus.put(group, new Menu(group.menuText));
        }
        menuBar.getMenus().setAll(menus.values());
        menuBar.setId("menu-bar");
        rebuild();
    }

    public MenuBar menuBar() {
        return menuBar;
    }

    public ToolBar toolbar() {
        return toolbar;
    }

    public ContextMenu contextMenu() {
        return context;
    }

    /**
     * Fills the Label menu, the toolbar and the context menu again from the table, after its labels changed;
     * the other menus, made once, keep their items and accelerators.
     */
    public void rebuild() {
        boolean first = !built;
        built = true;
        menus.get(Action.Group.LABEL).getItems().clear();
        List<Node> buttons = new ArrayList<>();
        List<MenuItem> labelItems = new ArrayList<>();
        List<MenuItem> otherItems = new ArrayList<>();
        Action.Group toolbarGroup = null;
        HBox labelButtons = null;
        for (Action a : table.all()) {
            if (a.inMenu && (first || a.group == Action.Group.LABEL)) {
                List<MenuItem> items = menus.get(a.group).getItems();
                if (a.sectionStart && !items.isEmpty()) {
                    items.add(new SeparatorMenuItem());
                }
                items.add(menuItem(a, true));
            }
            if (a.onToolbar || a.label != null) {
                if (toolbarGroup != null && toolbarGroup != a.group) {
                    buttons.add(new Separator(Orientation.VERTICAL));
                }
                toolbarGroup = a.group;
                if (a.label == null) {
                    buttons.add(button(a));
                } else {
                    if (labelButtons == null) {
                        labelButtons = new HBox(2); // the palette reads as one legend
                        buttons.add(labelButtons);
                    }
                    labelButtons.getChildren().add(LabelButtons.button(a.label, button(a)));
                }
            }
            if (a.inContextMenu) {
                (a.label != null ? labelItems : otherItems).add(menuItem(a, false));
            }
        }
        toolbar.getItems().setAll(buttons);
        context.getItems().setAll(labelItems);
        if (!labelItems.isEmpty() && !otherItems.isEmpty()) {
            context.getItems().add(new SeparatorMenuItem());
        }
        context.getItems().addAll(otherItems);
    }

    /**
     * A menu item: in the menu bar a key that acts anywhere is its accelerator; a key that acts only in the
     * text or the list is named after the text, as no accelerator may fire while the user types elsewhere.
     */
    private static MenuItem menuItem(Action a, boolean withAccelerator) {
        if (a.submenu != null) {
            return a.submenu;
        }
        KeyCombination accelerator = withAccelerator ? a.accelerator() : null;
        String keys = a.ownKeysText();
        String text = accelerator != null || keys.isEmpty() ? a.text : a.text + "   (" + keys + ")";
        MenuItem item;
        if (a.checked != null) {
            CheckMenuItem check = new CheckMenuItem(text);
            check.selectedProperty().bindBidirectional(a.checked);
            item = check;
        } else {
            item = new MenuItem(text);
            item.setOnAction(e -> a.handler.run());
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        if (a.label != null) {
            item.setGraphic(LabelButtons.chip(a.label));
        } else if (a.icon != null) {
            item.setGraphic(new FontIcon(a.icon));
        }
        if (a.id != null) {
            item.setId(a.id);
        }
        item.setMnemonicParsing(false);
        item.disableProperty().bind(Bindings.createBooleanBinding(a.disabled::get, a.disabled));
        return item;
    }

    static Button button(Action a) {
        Button b = new Button(null, a.icon == null ? null : new FontIcon(a.icon));
        if (a.icon == null) {
            b.setText(a.text);
        }
        String keys = a.ownKeysText();
        b.setTooltip(new Tooltip(keys.isEmpty() ? a.text : a.text + " (" + keys + ")"));
        b.setOnAction(e -> a.handler.run());
        b.setFocusTraversable(false);
        b.disableProperty().bind(Bindings.createBooleanBinding(a.disabled::get, a.disabled));
        return b;
    }
}
