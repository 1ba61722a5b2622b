package org.factmark.ui;

import javafx.scene.Scene;
import org.factmark.model.LabelSet;
import org.factmark.ui.actions.ActionMenus;
import org.factmark.ui.actions.ActionTable;
import org.factmark.ui.article.highlight.LabelStyles;

/**
 * Everything that shows the label schema: the highlight colours, and the label actions of the toolbar, the
 * Label menu and the context menu. Redone whenever the schema changes (an article from another folder).
 */
final class LabelControls {
    private final ActionTable actions;
    private final ActionMenus menus;
    private Scene scene;
    private String stylesheet;

    LabelControls(ActionTable actions, ActionMenus menus) {
        this.actions = actions;
        this.menus = menus;
    }

    void attach(Scene scene) {
        this.scene = scene;
    }

    void show(LabelSet labels) {
        if (stylesheet != null) {
            scene.getStylesheets().remove(stylesheet);
        }
        stylesheet = LabelStyles.dataUri(labels);
        scene.getStylesheets().add(stylesheet);
        actions.showLabels(labels);
        menus.rebuild();
    }
}
