package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Step 7: Ctrl+S, the title's unsaved mark, and the question before unsaved work is closed. */
@ExtendWith(ApplicationExtension.class)
class SaveAndCloseTest {
    private static final String TEXT = "Emoji 👩‍👩‍👧 first, then 5,000 children.\r\nSecond line.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private Path openAndLabel(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        String normalised = TEXT.replace("\r\n", "\n");
        int at = normalised.indexOf("5,000");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + "5,000 children".length()));
        robot.type(KeyCode.DIGIT2);
        return article;
    }

    @Test
    void ctrlSSavesCodePointOffsetsAndClearsTheMark(FxRobot robot) throws Exception {
        Path article = openAndLabel(robot);
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        assertEquals("speech.txt — Factmark", fx.stage.getTitle());

        JsonNode saved = new ObjectMapper().readTree(dir.resolve("speech.txt.annotations.json").toFile());
        JsonNode figure = saved.get("annotations").get(0);
        String python = TEXT.replace("\r\n", "\n"); // what open(encoding="utf-8-sig").read() gives
        int cpStart = python.codePointCount(0, python.indexOf("5,000"));
        assertEquals(cpStart, figure.get("start").asInt(), "offsets count the family emoji as 5 code points");
        assertEquals("5,000 children", figure.get("text").asText());
        assertEquals("CRLF", saved.get("document").get("newline").asText());
        assertTrue(Files.exists(article), "the article itself is untouched");
        assertEquals(TEXT, Files.readString(article));
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) throws Exception {
        openAndLabel(robot);
        requestClose();
        robot.clickOn("Cancel");
        assertTrue(fx.stage.isShowing());
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle());
        assertFalse(Files.exists(dir.resolve("speech.txt.annotations.json")));
    }

    @Test
    void closingAndChoosingSaveWritesTheSidecar(FxRobot robot) throws Exception {
        openAndLabel(robot);
        requestClose();
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        fx.filesSettled();
        assertFalse(fx.stage.isShowing());
        assertTrue(Files.exists(dir.resolve("speech.txt.annotations.json")));
    }

    @Test
    void closingAndChoosingDontSaveWritesNothing(FxRobot robot) throws Exception {
        openAndLabel(robot);
        requestClose();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx.stage.isShowing());
        assertFalse(Files.exists(dir.resolve("speech.txt.annotations.json")));
    }

    @Test
    void openingAnotherFileWithUnsavedChangesAsksFirst(FxRobot robot) throws Exception {
        openAndLabel(robot);
        Path other = fx.write("other.txt", "Another article.");
        Platform.runLater(() -> fx.window.open(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle(), "cancel keeps the work open");
        Platform.runLater(() -> fx.window.open(other));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        fx.filesSettled();
        assertEquals("other.txt — Factmark", fx.stage.getTitle());
        assertTrue(Files.exists(dir.resolve("speech.txt.annotations.json")));
    }

    /** What the window manager's close button sends. */
    private void requestClose() {
        Platform.runLater(() -> {
            WindowEvent close = new WindowEvent(fx.stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            fx.stage.fireEvent(close);
            if (!close.isConsumed()) {
                fx.stage.close();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
