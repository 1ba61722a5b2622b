package org.factmark.ui.actions;

import javafx.scene.Node;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.flow.EditorState;

/** F6 / Shift+F6 from pane to pane, and Escape out of a selected annotation: where the focus goes by key. */
final class PaneFocus {
    private final EditorState state;
    private final ArticleView view;
    private final Node list;
    private final Runnable toInspector;

    PaneFocus(EditorState state, ArticleView view, Node list, Runnable toInspector) {
        this.state = state;
        this.view = view;
        this.list = list;
        this.toInspector = toInspector;
    }

    /** On to the text, the list, the selected annotation's details, and round again (or back). */
    void move(boolean forward) {
        Node focus = list.getScene() == null ? null : list.getScene().getFocusOwner();
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

    /** No annotation selected any more, the caret where it was. */
    void deselect() {
        int caret = view.area().getCaretPosition();
        state.selectedProperty().set(null);
        view.area().moveTo(caret);
    }
}
