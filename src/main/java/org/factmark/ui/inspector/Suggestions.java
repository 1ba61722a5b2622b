package org.factmark.ui.inspector;

import impl.org.controlsfx.skin.AutoCompletePopup;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.text.Font;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.factmark.search.Fold;

/**
 * Values used before, offered under a text field as the user types: those that begin with what is typed
 * first, then those with a word that does, then the others that contain it; in a popup tall enough to show
 * every row it lists whole (up to eight, then it scrolls).
 */
public final class Suggestions {
    private static final int ROWS = 8;
    private static final int MAX = 12;

    private Suggestions() {
    }

    static void attach(TextField field, Supplier<Collection<String>> values) {
        // ControlsFX asks for suggestions on a thread of its own: read the values here, on the JavaFX thread,
        // before it asks (this listener comes first), and hand it a copy
        AtomicReference<List<String>> known = new AtomicReference<>(List.of());
        field.textProperty().addListener((obs, old, typed) -> known.set(List.copyOf(values.get())));
        AutoCompletionBinding<String> binding = TextFields.bindAutoCompletion(field,
                request -> matching(known.get(), request.getUserText()));
        AutoCompletePopup<String> popup = binding.getAutoCompletionPopup();
        popup.setVisibleRowCount(ROWS);
        popup.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && skin.getNode() instanceof ListView<?> list) {
                fitRows(popup, list);
            }
        });
    }

    /**
     * The values that contain {@code typed} as the find bar matches (ignoring case, the script of digits, …), best
     * first; none for an empty or exact entry.
     */
    public static List<String> matching(Collection<String> values, String typed) {
        String t = Fold.of(typed.strip(), false);
        if (t.isEmpty()) {
            return List.of();
        }
        return values.stream()
                .filter(v -> Fold.of(v, false).contains(t) && !v.equalsIgnoreCase(typed.strip()))
                .sorted(Comparator.comparingInt(v -> rank(Fold.of(v, false), t)))
                .limit(MAX).toList();
    }

    /** 0: the value begins with it; 1: one of its words does; 2: it is inside a word. */
    private static int rank(String value, String typed) {
        if (value.startsWith(typed)) {
            return 0;
        }
        for (int at = value.indexOf(typed); at >= 0; at = value.indexOf(typed, at + 1)) {
            if (!Character.isLetterOrDigit(value.codePointBefore(at))) {
                return 1;
            }
        }
        return 2;
    }

    /**
     * The popup's list is as tall as its rows: ControlsFX sizes it for rows of 24 pixels, which the theme's
     * cells outgrow, so it showed one and a half rows, or one clipped row and a scroll bar.
     */
    private static void fitRows(AutoCompletePopup<String> popup, ListView<?> list) {
        list.setFixedCellSize(Math.ceil(Font.getDefault().getSize() * 2.2));
        list.prefHeightProperty().unbind();
        list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.min(popup.getVisibleRowCount(), list.getItems().size()) * list.getFixedCellSize()
                        + list.snappedTopInset() + list.snappedBottomInset() + 2,
                list.getItems(), list.fixedCellSizeProperty(), popup.visibleRowCountProperty(),
                list.insetsProperty()));
    }
}
