package org.factmark.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.prefs.RecentFiles;
import org.factmark.ui.article.ArticleArea;
import org.factmark.ui.list.AnnotationList;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real main window for a TestFX test and finds its parts the way a user would see them. */
public final class WindowFixture {
    final Stage stage;
    public final MainWindow window;
    final Path folder;

    public WindowFixture(Stage stage, Path folder) {
        this.stage = stage;
        this.folder = folder;
        atlantafx.base.theme.PrimerLight theme = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
        this.window = new MainWindow(stage, new RecentFiles(folder.resolve("app-data/recent.json")),
                new org.factmark.prefs.Preferences(folder.resolve("app-data/preferences.json")),
                new org.factmark.recovery.WorkStore(folder.resolve("app-data")));
        stage.show();
        // TestFX hands every test the same stage: one test's resizing must not shrink the next one's window
        stage.sizeToScene();
    }

    public Path write(String name, String text) throws IOException {
        Path p = folder.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Opens a file the way the command line does, and waits for the window to show it. */
    public void open(Path article) {
        Platform.runLater(() -> window.open(article));
        WaitForAsyncUtils.waitForFxEvents();
        filesSettled();
    }

    /** Waits until the article being opened, or the save being written, is shown in the window. */
    public void filesSettled() {
        waitUntil(() -> onFx(() -> !window.busyWithFiles()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public ArticleArea area(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#article").queryAs(ArticleArea.class);
    }

    @SuppressWarnings("unchecked")
    public AnnotationList table(FxRobot robot) {
        return robot.from(stage.getScene().getRoot()).lookup("#annotation-list").queryAs(AnnotationList.class);
    }

    public List<Annotation> rows(FxRobot robot) {
        return List.copyOf(table(robot).items());
    }

    /** The screen point in the middle of the character at {@code offset}, for clicking on it. */
    public Point2D pointOnChar(FxRobot robot, int offset) {
        Bounds b = onFx(() -> area(robot).getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow());
        return new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    /** Puts the caret at {@code offset} as a click would, then selects to {@code end} with Shift+Right. */
    void caretTo(FxRobot robot, int offset) {
        robot.interact(() -> area(robot).moveTo(offset));
    }

    /** Runs a query on the JavaFX thread, where the scene graph may be read, and returns its answer. */
    static <T> T onFx(java.util.concurrent.Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("query on the JavaFX thread failed", e);
        }
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 5 s", e);
        }
    }
}
