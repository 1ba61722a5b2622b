package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The find bar's Label all, in the window: Alt and a label's digit labels every match, one undo. */
@ExtendWith(ApplicationExtension.class)
class FindLabelAllWindowTest {
    private static final String TEXT = "Approximately 1,200 people died. Later 1,200 people more, and ۱,۲۰۰ again.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void altAndTheLabelsDigitLabelsEveryMatchAndOneUndoTakesThemBack(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("1,200");
        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertEquals(3, fx.rows(robot).size());
        for (Annotation a : fx.rows(robot)) {
            assertEquals("figure", a.label());
        }
        Label counter = robot.lookup("#find-counter").query();
        assertEquals("Labelled 3 matches as figure", counter.getText());

        robot.press(KeyCode.ALT).type(KeyCode.DIGIT2).release(KeyCode.ALT);
        assertEquals(3, fx.rows(robot).size());
        assertEquals("No new matches to label as figure; 3 were already labelled", counter.getText());

        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(fx.rows(robot).isEmpty(), "one undo takes every match back");
    }
}
