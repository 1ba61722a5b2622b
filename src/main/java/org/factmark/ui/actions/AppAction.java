package org.factmark.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One command: its text, key, icon, handler and when it is disabled, in one place that menus, toolbar and
 * context menu all read, so they can never disagree.
 */
public record AppAction(String text, KeyCombination key, Ikon icon, Runnable handler, ObservableBooleanValue disabled) {

    public AppAction {
        if (disabled == null) {
            disabled = Bindings.createBooleanBinding(() -> false);
        }
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(text);
        if (key != null) {
            item.setAccelerator(key);
        }
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        item.setOnAction(e -> handler.run());
        item.disableProperty().bind(Bindings.createBooleanBinding(disabled::get, disabled));
        return item;
    }

    public Button button() {
        Button b = new Button(null, icon == null ? null : new FontIcon(icon));
        if (icon == null) {
            b.setText(text);
        }
        b.setTooltip(new Tooltip(key == null ? text : text + " (" + key.getDisplayText() + ")"));
        b.setOnAction(e -> handler.run());
        b.setFocusTraversable(false);
        b.disableProperty().bind(Bindings.createBooleanBinding(disabled::get, disabled));
        return b;
    }
}
