package org.factmark.ui.actions;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.factmark.ui.actions.Action.Group;
import org.factmark.ui.actions.Action.Scope;
import org.junit.jupiter.api.Test;

/** A key is bound to one thing: a table that binds it twice is refused, naming the key and both actions. */
class ActionKeysTest {
    @Test
    void aKeyBoundToTwoActionsIsRefusedWithBothNamed() {
        Action undo = Action.command(Group.EDIT, "Undo", () -> { }).key(Scope.WINDOW, "Shortcut+Z");
        Action other = Action.keyOnly(Group.EDIT, "something else", () -> { }).key(Scope.EDITOR, "Shortcut+Z");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ActionKeys.checkEachKeyOnce(List.of(undo, other)));
        assertTrue(e.getMessage().contains("“Undo”") && e.getMessage().contains("“something else”"), e.getMessage());
    }

    @Test
    void aKeyBoundTwiceToOneActionIsRefused() {
        Action find = Action.command(Group.EDIT, "Find Next", () -> { }).key(Scope.WINDOW, "F3").key(Scope.EDITOR, "F3");
        assertThrows(IllegalStateException.class, () -> ActionKeys.checkEachKeyOnce(List.of(find)));
    }

    @Test
    void aMisspeltKeyNameIsRefused() {
        Action escape = Action.keyOnly(Group.VIEW, "deselect", () -> { }).key(Scope.EDITOR, "Escape"); // "Esc"
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ActionKeys.checkEachKeyOnce(List.of(escape)));
        assertTrue(e.getMessage().contains("Escape"), e.getMessage());
    }

    @Test
    void differentKeysAndTheirModifiersAreDifferentKeys() {
        Action next = Action.command(Group.EDIT, "Find Next", () -> { }).key(Scope.WINDOW, "F3");
        Action previous = Action.command(Group.EDIT, "Find Previous", () -> { }).key(Scope.WINDOW, "Shift+F3");
        Action help = Action.command(Group.HELP, "Keyboard Shortcuts", () -> { }).key(Scope.WINDOW, "F1")
                .typed(Scope.TEXT_OR_LIST, "?");
        assertDoesNotThrow(() -> ActionKeys.checkEachKeyOnce(List.of(next, previous, help)));
    }

    @Test
    void keysAreWrittenAsTheUserPressesThem() {
        Action a = Action.keyOnly(Group.EDIT, "move", () -> { })
                .key(Scope.EDITOR, "Alt+Shift+Left").key(Scope.WINDOW, "Shortcut+Shift+Z")
                .key(Scope.WINDOW, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN))
                .key(Scope.EDITOR, new KeyCodeCombination(KeyCode.CONTEXT_MENU)).typed(Scope.TEXT_OR_LIST, "?");
        assertEquals("Alt+Shift+←, Ctrl+Shift+Z, Ctrl+=, Menu, ?", a.keysText());
    }
}
