package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app, in a child JVM, is killed with unsaved work; the next start offers the work back. */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void workUnsavedWhenTheProcessWasKilledIsRestoredOnTheNextStart(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        int from = TEXT.indexOf("1,200");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Dheadless.geometry=1600x1200-32",
                "-cp", System.getProperty("java.class.path"), RecoveryChild.class.getName(), article.toString(),
                dir.resolve("app-data").toString(), String.valueOf(from), String.valueOf(from + 12)))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("unsaved work"));
            assertTrue(line != null, "the child labelled and wrote its recovery copy");
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no save
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertTrue(Files.notExists(SidecarStore.sidecarFor(article)), "nothing was saved");

        Platform.runLater(() -> fx.window.open(article)); // the next start, on the same application data
        WaitForAsyncUtils.waitForFxEvents();
        fx.filesSettled();
        robot.clickOn("Restore");
        assertEquals(1, fx.rows(robot).size());
        assertEquals("1,200 people", TEXT.substring(fx.rows(robot).get(0).start(), fx.rows(robot).get(0).end()));
    }
}
