package org.factmark.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.factmark.prefs.RecentFiles;

/**
 * The JavaFX application: one window, on the article named on the command line if any. With
 * {@code -Dfactmark.startupProbe=true} it prints the milliseconds from the JVM's start to the first frame of the
 * window with the article open, and exits: what the benchmark measures start-up with.
 */
public class FactmarkApp extends Application {

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(stage, RecentFiles.standard());
        window.showDocumentsWith(getHostServices()::showDocument);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty() && !args.get(0).isBlank()) {
            window.open(Path.of(args.get(0)));
        }
        if (Boolean.getBoolean("factmark.startupProbe")) {
            Runnable[] probe = new Runnable[1];
            probe[0] = () -> {
                if (window.busyWithFiles()) { // the article is still being read: not yet the first frame with it
                    Platform.requestNextPulse();
                    return;
                }
                stage.getScene().removePostLayoutPulseListener(probe[0]);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("first frame after " + ms + " ms");
                Platform.runLater(Platform::exit);
            };
            stage.getScene().addPostLayoutPulseListener(probe[0]);
            Platform.requestNextPulse();
        }
    }
}
