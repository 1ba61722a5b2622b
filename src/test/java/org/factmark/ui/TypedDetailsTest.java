package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.factmark.model.Annotation;
import org.factmark.recovery.WorkStore;
import org.factmark.ui.inspector.AttributeField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A detail being typed is part of the document from the keystroke: saved by Ctrl+S, asked about by a close,
 * in the recovery copy, checked as it is typed, and undone a field's typing at a time.
 */
@ExtendWith(ApplicationExtension.class)
class TypedDetailsTest {
    private static final String TEXT = "The ministry said 1,200 people died.\nOfficials denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** Labels the first sentence with a label key, then Enter: the cursor is in the first detail. */
    private Path labelAndEnter(FxRobot robot, KeyCode labelKey) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(0, TEXT.indexOf('\n')));
        robot.type(labelKey);
        robot.type(KeyCode.ENTER);
        return article;
    }

    private Annotation only(FxRobot robot) {
        List<Annotation> rows = fx.rows(robot);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private String sidecar() throws Exception {
        return Files.readString(dir.resolve("speech.txt.annotations.json"));
    }

    @Test
    void ctrlSWhileTypingAClaimantSavesIt(FxRobot robot) throws Exception {
        labelAndEnter(robot, KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL); // the new annotation saved
        fx.filesSettled();
        assertEquals("speech.txt — Factmark", fx.stage.getTitle());
        assertTrue(robot.lookup("#attr-claimant").query().isFocused());
        robot.write("The ministry");
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle(), "a value being typed is unsaved work");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        assertTrue(robot.lookup("#attr-claimant").query().isFocused(), "the cursor is still in the field");
        assertEquals("speech.txt — Factmark", fx.stage.getTitle());
        assertTrue(sidecar().contains("\"claimant\": \"The ministry\""), sidecar());
    }

    @Test
    void aNoteBeingTypedIsSavedAndCountsAsUnsaved(FxRobot robot) throws Exception {
        labelAndEnter(robot, KeyCode.DIGIT3);
        robot.interact(() -> robot.lookup("#inspector-note").query().requestFocus());
        robot.write("Check the ministry's figures.");
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        assertTrue(sidecar().contains("\"note\": \"Check the ministry's figures.\""), sidecar());
    }

    @Test
    void closingWhileTypingAsksAndSaveKeepsTheValue(FxRobot robot) throws Exception {
        labelAndEnter(robot, KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        robot.write("Officials");
        Platform.runLater(() -> {
            WindowEvent close = new WindowEvent(fx.stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            fx.stage.fireEvent(close);
            if (!close.isConsumed()) {
                fx.stage.close();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx.stage.isShowing(), "the window asks before closing unsaved work");
        robot.clickOn("Save");
        WaitForAsyncUtils.waitForFxEvents();
        fx.filesSettled();
        assertFalse(fx.stage.isShowing());
        assertTrue(sidecar().contains("\"claimant\": \"Officials\""), sidecar());
    }

    @Test
    void ctrlQWhileTypingAsksFirst(FxRobot robot) throws Exception {
        labelAndEnter(robot, KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        robot.write("Officials");
        robot.press(KeyCode.CONTROL).type(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        assertTrue(fx.stage.isShowing(), "Ctrl+Q asked, and Cancel kept the window");
        assertEquals("Officials", only(robot).attributes().get("claimant"));
    }

    @Test
    void theRecoveryCopyHoldsAValueStillBeingTyped(FxRobot robot) throws Exception {
        Path article = labelAndEnter(robot, KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        robot.write("Officials");
        WorkStore store = new WorkStore(dir.resolve("app-data"));
        WindowFixture.waitUntil(() -> store.recovery(article).isPresent());
        String recovered = Files.readString(store.recovery(article).orElseThrow().file());
        assertTrue(recovered.contains("\"claimant\": \"Officials\""), recovered);
        assertTrue(robot.lookup("#attr-claimant").query().isFocused());
    }

    @Test
    void aValueIsCheckedAsItIsTyped(FxRobot robot) throws Exception {
        labelAndEnter(robot, KeyCode.DIGIT2);
        assertTrue(robot.lookup("#attr-value").query().isFocused());
        robot.write("eleven");
        String problems = ((Label) robot.lookup("#inspector-problems").query()).getText();
        assertTrue(problems.contains("“eleven” is not a number"), problems);
        assertFalse(problems.contains("Value is required"), problems);
        assertTrue(robot.lookup("#attr-value").query().getPseudoClassStates()
                .contains(AttributeField.INVALID));
        assertTrue(robot.lookup("#attr-value").query().isFocused(), "checked without leaving the field");
    }

    @Test
    void aWordTypedIsOneUndoStep(FxRobot robot) throws Exception {
        labelAndEnter(robot, KeyCode.DIGIT3);
        robot.write("Officials");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ESCAPE);
        assertEquals("Officials", only(robot).attributes().get("claimant"));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertNull(only(robot).attributes().get("claimant"), "one undo takes the whole word back");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals("Officials", only(robot).attributes().get("claimant"), "and one redo brings it again");
    }
}
