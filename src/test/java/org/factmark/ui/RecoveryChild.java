package org.factmark.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.factmark.prefs.Preferences;
import org.factmark.prefs.RecentFiles;
import org.factmark.recovery.WorkStore;
import org.factmark.ui.article.ArticleArea;

/**
 * A child process for {@link CrashRecoveryTest}: the real window, headless, labels a span with the key and
 * waits for its recovery copy; then it waits to be killed, with the work unsaved.
 * Arguments: ARTICLE APP-DATA-FOLDER FROM TO.
 */
public final class RecoveryChild {
    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path article = Path.of(args[0]);
        Path home = Path.of(args[1]);
        int from = Integer.parseInt(args[2]);
        int to = Integer.parseInt(args[3]);
        MainWindow[] opened = new MainWindow[1];
        Stage[] shownIn = new Stage[1];
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow window = new MainWindow(stage, new RecentFiles(home.resolve("recent.json")),
                    new Preferences(home.resolve("preferences.json")), new WorkStore(home));
            stage.show();
            window.open(article);
            opened[0] = window;
            shownIn[0] = stage;
        });
        while (!shown(opened)) { // the article is read on the file thread
            Thread.sleep(20);
        }
        Platform.runLater(() -> {
            ArticleArea area = (ArticleArea) shownIn[0].getScene().lookup("#article");
            area.requestFocus();
            area.selectRange(from, to);
            Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DIGIT2, false, false, false,
                    false));
        });
        WorkStore store = new WorkStore(home);
        while (store.recovery(article).isEmpty()) {
            Thread.sleep(50);
        }
        System.out.println("unsaved work is in the recovery copy");
        System.out.flush();
        Thread.sleep(60_000); // killed long before this
        Files.deleteIfExists(article); // never reached
    }

    /** True once the window shows the article (asked on the JavaFX thread, after the window was made there). */
    private static boolean shown(MainWindow[] window) throws InterruptedException {
        java.util.concurrent.CompletableFuture<Boolean> shown = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> shown.complete(window[0].document() != null && !window[0].busyWithFiles()));
        try {
            return shown.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
