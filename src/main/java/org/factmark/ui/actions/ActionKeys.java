package org.factmark.ui.actions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyEvent;

/**
 * Answers the table's keys, each in one place: a key that acts anywhere is an accelerator (the menu item's
 * own, or the scene's for keys no menu item shows); a key that acts only in the text or the list is caught
 * before the text area sees it, and only there, so typing "1,200" in the find bar or the inspector never
 * labels anything. A key written twice in the table is refused when the window is made.
 */
public final class ActionKeys {
    private final Supplier<List<Action>> actions;
    private final BooleanSupplier hasDocument;
    private final Supplier<Node> text;
    private final Node list;

    private ActionKeys(Supplier<List<Action>> actions, BooleanSupplier hasDocument, Supplier<Node> text, Node list) {
        this.actions = actions;
        this.hasDocument = hasDocument;
        this.text = text;
        this.list = list;
    }

    /** Installs the keys of {@code table} in {@code scene}, whose menu bar was made from the same table. */
    public static void install(Scene scene, ActionTable table, BooleanSupplier hasDocument, Supplier<Node> text,
                               Node list) {
        checkEachKeyOnce(table.all());
        ActionKeys keys = new ActionKeys(table::all, hasDocument, text, list);
        for (Action a : table.all()) {
            for (Action.Key key : a.keys) {
                boolean menuAccelerator = a.inMenu && key.combination() == a.accelerator();
                if (key.scope() == Action.Scope.WINDOW && !menuAccelerator) {
                    scene.getAccelerators().put(key.combination(), () -> {
                        if (!a.isDisabled()) {
                            key.run().run();
                        }
                    });
                }
            }
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.pressed(e, scene.getFocusOwner()));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> keys.typed(e, scene.getFocusOwner()));
    }

    /**
     * Refuses a table that binds one key to two actions, or twice to one (a key press would do two things), or
     * that names a key no keyboard has (it would never act).
     */
    public static void checkEachKeyOnce(List<Action> actions) {
        Map<String, String> seen = new HashMap<>();
        for (Action a : actions) {
            for (Action.Key key : a.keys) {
                if (key.combination() instanceof KeyCharacterCombination c && c.getCharacter().length() > 1) {
                    throw new IllegalStateException("“" + c.getCharacter() + "” is not the name of a key");
                }
                String name = key.typed() != null ? "typed " + key.typed() : key.combination().getName();
                String was = seen.put(name, a.text == null ? a.help : a.text);
                if (was != null) {
                    throw new IllegalStateException("the key " + name + " is bound twice: to “" + was + "” and to “"
                            + (a.text == null ? a.help : a.text) + "”");
                }
            }
        }
    }

    private void pressed(KeyEvent e, Node focus) {
        for (Action a : actions.get()) {
            for (Action.Key key : a.keys) {
                if (key.combination() != null && key.scope() != Action.Scope.WINDOW && key.combination().match(e)
                        && actsHere(key.scope(), focus) && !a.isDisabled()) {
                    key.run().run();
                    e.consume();
                    return;
                }
            }
        }
    }

    private void typed(KeyEvent e, Node focus) {
        for (Action a : actions.get()) {
            for (Action.Key key : a.keys) {
                if (key.typed() != null && key.typed().equals(e.getCharacter()) && actsHere(key.scope(), focus)
                        && !a.isDisabled()) {
                    key.run().run();
                    e.consume();
                    return;
                }
            }
        }
    }

    private boolean actsHere(Action.Scope scope, Node focus) {
        boolean inText = focus == text.get();
        boolean textOrList = inText || focus == list || focus == null;
        return switch (scope) {
            case WINDOW -> true;
            case TEXT_OR_LIST -> textOrList;
            case EDITOR -> textOrList && hasDocument.getAsBoolean();
            case TEXT -> inText && hasDocument.getAsBoolean();
        };
    }
}
