package org.factmark.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import org.factmark.prefs.Preferences;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.feedback.StatusBar;
import org.factmark.ui.flow.EditorState;

/** The choices kept in the preferences that change how the window looks or what it records: size, theme, name. */
final class ViewSettings {
    private final Preferences prefs;
    private final EditorState state;
    private final ArticleView view;
    private final StatusBar status;
    private final Window window;
    private final Scene scene;

    ViewSettings(Preferences prefs, EditorState state, ArticleView view, StatusBar status, Window window, Scene scene) {
        this.prefs = prefs;
        this.state = state;
        this.view = view;
        this.status = status;
        this.window = window;
        this.scene = scene;
    }

    void zoom(double size) {
        prefs.setFontSize(size);
        view.setFontSize(prefs.values().fontSize());
        status.flash("Text size " + (int) prefs.values().fontSize() + " px");
    }

    void applyTheme(boolean dark) {
        prefs.setDark(dark);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    void askAnnotator() {
        TextInputDialog dialog = new TextInputDialog(prefs.annotator()); // the name in use, the login name by default
        dialog.initOwner(window);
        dialog.getDialogPane().setId("annotator-dialog");
        dialog.setTitle("Annotator name");
        dialog.setHeaderText("The name written as the creator of the annotations you make");
        dialog.getEditor().setPromptText(System.getProperty("user.name", ""));
        dialog.showAndWait().ifPresent(name -> {
            prefs.setAnnotator(name);
            if (state.document() != null) {
                state.document().setCreator(prefs.annotator());
            }
            status.flash("New annotations are made by " + prefs.annotator());
        });
    }
}
