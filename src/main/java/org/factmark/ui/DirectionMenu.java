package org.factmark.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.TextDirection;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;

/**
 * View ▸ Text Direction: each paragraph in its own direction (from its first letter, as a web page's
 * {@code dir="auto"}), or every paragraph left to right, or right to left. The choice is the article's, kept in
 * its sidecar as {@code document.direction}.
 */
final class DirectionMenu {
    private DirectionMenu() {
    }

    static Menu make(EditorState state, StatusBar status) {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("Text Direction");
        menu.setId("direction-menu");
        for (TextDirection direction : TextDirection.values()) {
            RadioMenuItem item = new RadioMenuItem(name(direction));
            item.setId("direction-" + direction.jsonName());
            item.setUserData(direction);
            item.setToggleGroup(group);
            item.setOnAction(e -> choose(state, status, direction));
            menu.getItems().add(item);
        }
        menu.setOnShowing(e -> {
            TextDirection now = state.document() == null ? TextDirection.AUTO : state.document().direction();
            group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now));
        });
        return menu;
    }

    static String name(TextDirection direction) {
        return switch (direction) {
            case AUTO -> "Each Paragraph's Own";
            case LTR -> "Left to Right";
            case RTL -> "Right to Left";
        };
    }

    /** One undoable edit of the document; the text follows it in the change flow's view step. */
    private static void choose(EditorState state, StatusBar status, TextDirection direction) {
        AnnotationDocument doc = state.document();
        if (doc == null || doc.direction() == direction) {
            return;
        }
        doc.setDirection(direction);
        status.flash("Text direction: " + name(direction).toLowerCase(java.util.Locale.ROOT));
    }
}
