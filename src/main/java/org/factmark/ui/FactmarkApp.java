package org.factmark.ui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.factmark.prefs.RecentFiles;

/** The JavaFX application: one window, on the article named on the command line if any. */
public class FactmarkApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage, RecentFiles.standard());
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty() && !args.get(0).isBlank()) {
            window.open(Path.of(args.get(0)));
        }
    }
}
