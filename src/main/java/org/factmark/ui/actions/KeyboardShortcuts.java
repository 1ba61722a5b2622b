package org.factmark.ui.actions;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.factmark.edit.SpanAdjuster;
import org.factmark.ui.AnnotationController;
import org.factmark.ui.EditorState;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.article.FindBar;

/**
 * The editing keys that must reach Factmark before the text area or the list sees them: label digits,
 * Delete, undo and redo, next and previous annotation, boundary moves, Enter to the inspector, F6 from pane to
 * pane. They act only
 * while the focus is in the text or the list, so typing "1,200" in the find bar or the inspector never labels
 * anything.
 */
public final class KeyboardShortcuts {
    private final EditorState state;
    private final AnnotationController annotations;
    private final FindBar findBar;
    private final ArticleView view;
    private final Node list;
    private final Runnable toInspector;
    private final Runnable showShortcuts;
    private final Runnable toggleByCharacter;

    public KeyboardShortcuts(EditorState state, AnnotationController annotations, FindBar findBar, ArticleView view,
                      Node list, Runnable toInspector, Runnable showShortcuts, Runnable toggleByCharacter) {
        this.toggleByCharacter = toggleByCharacter;
        this.state = state;
        this.annotations = annotations;
        this.findBar = findBar;
        this.view = view;
        this.list = list;
        this.toInspector = toInspector;
        this.showShortcuts = showShortcuts;
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                showShortcuts.run();
                e.consume();
                return;
            }
            Node focus = scene.getFocusOwner();
            if (e.getCode() == KeyCode.F6 && !e.isShortcutDown() && !e.isAltDown()) {
                movePane(focus, !e.isShiftDown());
                e.consume();
                return;
            }
            boolean inText = focus == view.area();
            boolean inEditor = inText || focus == list || focus == null;
            if (inEditor && state.document() != null && handle(e, inText)) {
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            Node focus = scene.getFocusOwner();
            if ("?".equals(e.getCharacter()) && (focus == view.area() || focus == list || focus == null)) {
                showShortcuts.run();
                e.consume();
            }
        });
    }

    private boolean handle(KeyEvent e, boolean inText) {
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
        if (plain && (e.getCode() == KeyCode.N || e.getCode() == KeyCode.P) && !e.isShiftDown()) {
            annotations.step(e.getCode() == KeyCode.N);
            return true;
        }
        if (plain && inText && e.getCode() == KeyCode.TAB) {
            annotations.step(!e.isShiftDown());
            return true;
        }
        if (e.isAltDown() && !e.isShortcutDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            annotations.moveBoundary(e.isShiftDown() ? SpanAdjuster.Edge.END : SpanAdjuster.Edge.START,
                    e.getCode() == KeyCode.RIGHT);
            return true;
        }
        if (e.isAltDown() && !e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.C) {
            toggleByCharacter.run();
            return true;
        }
        if (plain && !e.isShiftDown() && e.getCode() == KeyCode.ENTER && state.selected() != null) {
            toInspector.run();
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

    /** F6 / Shift+F6: on to the text, the list, the selected annotation's details, and round again. */
    private void movePane(Node focus, boolean forward) {
        int at = focus == view.area() ? 0 : focus == list ? 1 : 2;
        int to = (at + (forward ? 1 : 2)) % 3;
        if (to == 2 && state.selected() == null) {
            to = forward ? 0 : 1; // no details to edit: skip them
        }
        switch (to) {
            case 0 -> view.area().requestFocus();
            case 1 -> list.requestFocus();
            default -> toInspector.run();
        }
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
