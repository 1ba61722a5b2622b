package org.factmark.ui.actions;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCombination;
import org.factmark.model.LabelDef;
import org.kordamp.ikonli.Ikon;

/**
 * One command of the window: its group (the menu it sits in and its section of the F1 sheet), its text, its
 * keys, its icon, what it does, when it is disabled, and the help line the F1 sheet and the README show. A
 * row of {@link ActionTable}; menus, toolbar, context menu, keys and help are all made from these rows.
 */
public final class Action {
    /** The menus, in menu-bar order; also the sections of the F1 sheet. */
    public enum Group {
        FILE("_File"), EDIT("_Edit"), LABEL("_Label"), VIEW("_View"), HELP("_Help");

        final String menuText;

        Group(String menuText) {
            this.menuText = menuText;
        }

        /** The name as a heading, without the menu's mnemonic mark. */
        public String title() {
            return menuText.replace("_", "");
        }
    }

    /** Where the focus must be for a key to act. */
    public enum Scope {
        /** Anywhere in the window, unless the focused control uses the key itself (a menu accelerator). */
        WINDOW,
        /** In the text or the list, where typing never goes, with or without a document. */
        TEXT_OR_LIST,
        /** In the text or the list, with a document open. */
        EDITOR,
        /** In the text only, with a document open. */
        TEXT
    }

    /** One key of an action: a key combination (or a typed character), where it acts, and what it runs. */
    public record Key(KeyCombination combination, String typed, Scope scope, Runnable run, boolean shown) {
        /** The key as the user presses it: "Ctrl+Shift+Z", "Alt+←", "?". */
        public String displayText() {
            return typed != null ? typed : KeyNames.of(combination);
        }
    }

    final Group group;
    final String text;
    final List<Key> keys = new ArrayList<>();
    Ikon icon;
    Runnable handler;
    ObservableBooleanValue disabled = Bindings.createBooleanBinding(() -> false);
    String help;
    String keysShown; // keys that the table only describes: the text area, the mouse or one component handles them
    String id;
    LabelDef label; // a label action's label: its colour chip, its name and digit on the toolbar
    Menu submenu;
    BooleanProperty checked;
    boolean inMenu = true;
    boolean onToolbar;
    boolean inContextMenu;
    boolean sectionStart;
    Action opposite; // the same command the other way (previous for next), listed on this action's help row
    boolean isOpposite;

    private Action(Group group, String text) {
        this.group = group;
        this.text = text;
    }

    /** A command with a menu item. */
    static Action command(Group group, String text, Runnable handler) {
        Action a = new Action(group, text);
        a.handler = handler;
        return a;
    }

    /** A command only the keyboard reaches (no menu item), described in the F1 sheet. */
    static Action keyOnly(Group group, String help, Runnable handler) {
        Action a = command(group, null, handler);
        a.inMenu = false;
        a.help = help;
        return a;
    }

    /** A help row for keys another part handles (the text area's selection, the mouse, the list's arrows). */
    static Action described(Group group, String keys, String help) {
        Action a = keyOnly(group, help, null);
        a.keysShown = keys;
        return a;
    }

    /** The menu's own submenu, such as Open Recent, kept in its place among the actions. */
    static Action submenu(Group group, Menu menu) {
        Action a = new Action(group, menu.getText());
        a.submenu = menu;
        return a;
    }

    Action key(Scope scope, KeyCombination key) {
        return key(scope, key, handler);
    }

    Action key(Scope scope, String key) {
        return key(scope, KeyCombination.valueOf(key));
    }

    Action key(Scope scope, String key, Runnable run) {
        return key(scope, KeyCombination.valueOf(key), run);
    }

    /** A key of this action that runs something of its own, such as the other direction of a move. */
    Action key(Scope scope, KeyCombination key, Runnable run) {
        keys.add(new Key(key, null, scope, run, true));
        return this;
    }

    /** A second key for the same thing that menus and help do not list (the keypad's digits). */
    Action quietKey(Scope scope, KeyCombination key) {
        keys.add(new Key(key, null, scope, handler, false));
        return this;
    }

    Action typed(Scope scope, String character) {
        keys.add(new Key(null, character, scope, handler, true));
        return this;
    }

    Action icon(Ikon value) {
        icon = value;
        return this;
    }

    Action disabledWhen(ObservableBooleanValue value) {
        disabled = value;
        return this;
    }

    Action help(String line) {
        help = line;
        return this;
    }

    Action id(String value) {
        id = value;
        return this;
    }

    Action label(LabelDef value) {
        label = value;
        return this;
    }

    /** A check item whose mark is {@code value}; the action's keys flip it. */
    Action checked(BooleanProperty value) {
        checked = value;
        handler = () -> value.set(!value.get());
        return this;
    }

    Action onToolbar() {
        onToolbar = true;
        return this;
    }

    Action inContextMenu() {
        inContextMenu = true;
        return this;
    }

    /**
     * Makes {@code other} this action's other direction: one help row lists both, key by key, "N / P, Tab /
     * Shift+Tab", with this action's help line.
     */
    Action opposite(Action other) {
        opposite = other;
        other.isOpposite = true;
        return this;
    }

    /** A separator goes before this action in its menu. */
    Action startsSection() {
        sectionStart = true;
        return this;
    }

    public Group group() {
        return group;
    }

    public String text() {
        return text;
    }

    public List<Key> keys() {
        return List.copyOf(keys);
    }

    public String help() {
        return help;
    }

    public boolean isDisabled() {
        return disabled.get();
    }

    /** The keys as the F1 sheet and the README list them: "Ctrl+Shift+Z, Ctrl+Y"; with the other way, "F6 / Shift+F6". */
    public String keysText() {
        if (keysShown != null) {
            return keysShown;
        }
        List<String> mine = shownKeys();
        if (opposite != null && opposite.shownKeys().size() == mine.size()) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < mine.size(); i++) {
                pairs.add(mine.get(i) + " / " + opposite.shownKeys().get(i));
            }
            return String.join(", ", pairs);
        }
        return String.join(", ", mine);
    }

    /** This action's own keys, as its menu item and tooltip name them: "N, Tab". */
    String ownKeysText() {
        return keysShown != null ? keysShown : String.join(", ", shownKeys());
    }

    private List<String> shownKeys() {
        return keys.stream().filter(Key::shown).map(Key::displayText).toList();
    }

    /** The first key, the one a menu item shows as its accelerator when it acts anywhere in the window. */
    KeyCombination accelerator() {
        return !keys.isEmpty() && keys.get(0).scope() == Scope.WINDOW ? keys.get(0).combination() : null;
    }
}
