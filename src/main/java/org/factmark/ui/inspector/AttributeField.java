package org.factmark.ui.inspector;

import java.util.Collection;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.factmark.model.AttributeCheck;
import org.factmark.model.AttributeDef;

/**
 * One attribute's editor in the inspector, chosen by its type: a text field (with suggestions for people,
 * organisations and places), a text area, a choice box or a check box. What the user types is committed at
 * each keystroke (a save, a close or the recovery copy never misses it), as one undo step per visit to the
 * field; a pick is committed at once. Only what differs from what is stored is committed.
 */
public final class AttributeField {
    public static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String EMPTY_CHOICE = "—";

    private final AttributeDef def;
    private final Control control;
    /** Takes the value and the typing it comes from (null for a pick): the typing's changes make one undo step. */
    private final BiConsumer<Object, Object> commit;
    private Object stored;
    private boolean updating;
    /** This visit's typing: a new one each time the focus comes or goes, or another annotation is shown. */
    private Object typing = new Object();

    public AttributeField(AttributeDef def, BiConsumer<Object, Object> commit,
                   Function<String, Collection<String>> suggestions) {
        this.def = def;
        this.commit = commit;
        this.control = switch (def.type()) {
            case CHOICE -> choice();
            case BOOLEAN -> checkBox();
            case URLS -> textArea(3);
            default -> def.multiline() ? textArea(4) : textField(suggestions);
        };
        control.setId("attr-" + def.id());
        if (!def.help().isEmpty()) {
            control.setTooltip(new Tooltip(def.help()));
        }
        control.focusedProperty().addListener((obs, was, is) -> typing = new Object());
        if (control instanceof TextInputControl text) {
            text.textProperty().addListener((obs, old, typed) -> {
                if (!updating) {
                    offer(AttributeCheck.fromInput(def, typed), typing);
                }
            });
        }
    }

    Node node() {
        return control;
    }

    boolean isFocused() {
        return control.isFocused();
    }

    void requestFocus() {
        control.requestFocus();
    }

    /**
     * Shows the stored value, unless the user is typing in this field (what they typed is what is stored);
     * {@code another} says the value is another annotation's, shown in any case.
     */
    void show(Object value, boolean another) {
        stored = value;
        if (another) {
            typing = new Object();
        } else if (control.isFocused() && control instanceof TextInputControl) {
            return;
        }
        updating = true;
        try {
            if (control instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<String> choice = (ComboBox<String>) box;
                choice.setValue(value != null ? String.valueOf(value) : def.required() ? null : EMPTY_CHOICE);
            } else if (control instanceof CheckBox box) {
                box.setSelected(Boolean.TRUE.equals(value));
            } else if (control instanceof TextInputControl text) {
                text.setText(AttributeCheck.toInput(value));
            }
        } finally {
            updating = false;
        }
    }

    void showProblem(Optional<String> problem) {
        control.pseudoClassStateChanged(INVALID, problem.isPresent());
    }

    private void offer(Object value, Object from) {
        if (!updating && !java.util.Objects.equals(value, stored)) {
            commit.accept(value, from);
        }
    }

    private TextField textField(Function<String, Collection<String>> suggestions) {
        TextField field = new TextField();
        field.setPromptText(def.required() ? "required" : "");
        if (def.suggest()) {
            Suggestions.attach(field, () -> suggestions.apply(def.id()));
        }
        return field;
    }

    private TextArea textArea(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        // Tab leaves the area, as in a form, instead of typing a tab: the area moves focus on Ctrl+Tab.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        return area;
    }

    private ComboBox<String> choice() {
        ComboBox<String> box = new ComboBox<>();
        if (def.required()) {
            box.setPromptText("required"); // no "—" to pick: the values say it (a verdict's "unrated")
        } else {
            box.getItems().add(EMPTY_CHOICE); // the way back to no value
        }
        box.getItems().addAll(def.values());
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, value) ->
                offer(value == null || value.equals(EMPTY_CHOICE) ? null : value, null));
        return box;
    }

    private CheckBox checkBox() {
        CheckBox box = new CheckBox();
        box.selectedProperty().addListener((obs, old, value) -> offer(value ? Boolean.TRUE : null, null));
        return box;
    }
}
