package org.factmark.ui.actions;

import java.util.Map;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** How a key is written for the user, the same in menus, tooltips, the F1 sheet and the README: "Ctrl+Shift+Z". */
final class KeyNames {
    private static final Map<KeyCode, String> NAMES = Map.ofEntries(
            Map.entry(KeyCode.LEFT, "←"), Map.entry(KeyCode.RIGHT, "→"), Map.entry(KeyCode.UP, "↑"),
            Map.entry(KeyCode.DOWN, "↓"), Map.entry(KeyCode.EQUALS, "="), Map.entry(KeyCode.MINUS, "-"),
            Map.entry(KeyCode.ESCAPE, "Escape"), Map.entry(KeyCode.CONTEXT_MENU, "Menu"),
            Map.entry(KeyCode.BACK_SPACE, "Backspace"));

    private KeyNames() {
    }

    static String of(KeyCombination key) {
        StringBuilder text = new StringBuilder();
        if (key.getShortcut() == KeyCombination.ModifierValue.DOWN || key.getControl() == KeyCombination.ModifierValue.DOWN) {
            text.append("Ctrl+");
        }
        if (key.getAlt() == KeyCombination.ModifierValue.DOWN) {
            text.append("Alt+");
        }
        if (key.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.append("Shift+");
        }
        if (key instanceof KeyCodeCombination code) {
            text.append(NAMES.getOrDefault(code.getCode(), code.getCode().getName()));
        } else {
            text.append(key.getName());
        }
        return text.toString();
    }
}
