package org.factmark.ui;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
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
import org.controlsfx.control.textfield.TextFields;
import org.factmark.model.AttributeCheck;
import org.factmark.model.AttributeDef;

/**
 * One attribute's editor in the inspector, chosen by its type: a text field (with suggestions for people,
 * organisations and places), a text area, a choice box or a check box. What the user enters is committed
 * when they press Enter, leave the field, or pick a value, and only when it differs from what is stored.
 */
final class AttributeField {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final String EMPTY_CHOICE = "—";

    private final AttributeDef def;
    private final Control control;
    private final Consumer<Object> commit;
    private Object stored;
    private boolean updating;

    AttributeField(AttributeDef def, Consumer<Object> commit, Function<String, Collection<String>> suggestions) {
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

    /** Shows the stored value, unless the user is typing in this field. */
    void show(Object value) {
        stored = value;
        if (control.isFocused() && control instanceof TextInputControl) {
            return;
        }
        updating = true;
        try {
            if (control instanceof ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                ComboBox<String> choice = (ComboBox<String>) box;
                choice.setValue(value == null ? EMPTY_CHOICE : String.valueOf(value));
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

    /** Commits what the field holds now (used when the user leaves the inspector with Escape). */
    void commitNow() {
        if (control instanceof TextInputControl text) {
            offer(AttributeCheck.fromInput(def, text.getText()));
        }
    }

    private void offer(Object value) {
        if (!updating && !java.util.Objects.equals(value, stored)) {
            commit.accept(value);
        }
    }

    private TextField textField(Function<String, Collection<String>> suggestions) {
        TextField field = new TextField();
        field.setPromptText(def.required() ? "required" : "");
        field.setOnAction(e -> commitNow());
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitNow();
            }
        });
        if (def.suggest()) {
            TextFields.bindAutoCompletion(field, request -> {
                String typed = request.getUserText().strip().toLowerCase(java.util.Locale.ROOT);
                return typed.isEmpty() ? java.util.List.of() : suggestions.apply(def.id()).stream()
                        .filter(v -> v.toLowerCase(java.util.Locale.ROOT).contains(typed)
                                && !v.equalsIgnoreCase(typed))
                        .limit(12).toList();
            });
        }
        return field;
    }

    private TextArea textArea(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                commitNow();
            }
        });
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
        box.getItems().add(EMPTY_CHOICE);
        box.getItems().addAll(def.values());
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().addListener((obs, old, value) ->
                offer(value == null || value.equals(EMPTY_CHOICE) ? null : value));
        return box;
    }

    private CheckBox checkBox() {
        CheckBox box = new CheckBox();
        box.selectedProperty().addListener((obs, old, value) -> offer(value ? Boolean.TRUE : null));
        return box;
    }
}
