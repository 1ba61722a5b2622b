package org.factmark.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The editing keys that must reach Factmark before the text area sees them: the label digits, Delete, undo
 * and redo, F3, Escape. They are left alone while the user types in a text field (the find bar), so typing
 * "1,200" there never labels anything.
 */
final class KeyboardShortcuts {
    private final EditorState state;
    private final AnnotationController annotations;
    private final FindBar findBar;
    private final ArticleView view;

    KeyboardShortcuts(EditorState state, AnnotationController annotations, FindBar findBar, ArticleView view) {
        this.state = state;
        this.annotations = annotations;
        this.findBar = findBar;
        this.view = view;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl || state.document() == null) {
                return;
            }
            if (handle(e)) {
                e.consume();
            }
        });
    }

    private boolean handle(KeyEvent e) {
        boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown();
        int digit = digitOf(e.getCode());
        if (plain && !e.isShiftDown() && digit > 0) {
            return state.labels().byKey(digit).map(def -> {
                annotations.applyLabel(def.id());
                return true;
            }).orElse(false);
        }
        if (plain && !e.isShiftDown() && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
            annotations.deleteSelected();
            return true;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
            if (e.isShiftDown()) {
                annotations.redo();
            } else {
                annotations.undo();
            }
            return true;
        }
        if (e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.Y) {
            annotations.redo();
            return true;
        }
        if (e.getCode() == KeyCode.CONTEXT_MENU || (e.isShiftDown() && e.getCode() == KeyCode.F10)) {
            view.showContextMenuAtCaret();
            return true;
        }
        if (e.getCode() == KeyCode.F3) {
            findBar.find(!e.isShiftDown());
            return true;
        }
        if (plain && e.getCode() == KeyCode.ESCAPE && state.selected() != null) {
            int caret = view.area().getCaretPosition();
            state.selectedProperty().set(null);
            view.area().moveTo(caret);
            return true;
        }
        return false;
    }

    private static int digitOf(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }
}
