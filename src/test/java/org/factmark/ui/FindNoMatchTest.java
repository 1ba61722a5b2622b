package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A query with no match leaves nothing selected, so a label key after it labels nothing. */
@ExtendWith(ApplicationExtension.class)
class FindNoMatchTest {
    private static final String TEXT = "Unemployment rose to a rate of 6.1 per cent. Approximately 1,200 people died.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void find(FxRobot robot, String query) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.clickOn(fx.pointOnChar(robot, 2));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(query);
    }

    private int selectionLength(FxRobot robot) {
        return WindowFixture.onFx(() -> fx.area(robot).getSelection().getLength());
    }

    @Test
    void changingAMatchingQueryToOneWithNoMatchDeselectsTheOldMatch(FxRobot robot) throws Exception {
        find(robot, "rate of 6.1");
        assertEquals("rate of 6.1", WindowFixture.onFx(() -> fx.area(robot).getSelectedText()));
        robot.write("9");
        assertEquals("No matches", ((Label) robot.lookup("#find-counter").query()).getText());
        assertEquals(0, selectionLength(robot), "no match, no selection");
        robot.type(KeyCode.ENTER);
        assertEquals(0, selectionLength(robot), "Enter finds nothing and selects nothing");
        robot.type(KeyCode.ESCAPE);
        assertEquals(0, selectionLength(robot), "Escape leaves nothing selected");
        robot.type(KeyCode.DIGIT2);
        assertTrue(fx.rows(robot).isEmpty(), "nothing is labelled");
    }

    @Test
    void aQueryWhosePrefixMatchesButWholeDoesNotSelectsNothing(FxRobot robot) throws Exception {
        find(robot, "1,200 peoplX");
        assertEquals(0, selectionLength(robot), "the partial match is not left selected");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT2);
        assertTrue(fx.rows(robot).isEmpty(), "nothing is labelled");
    }

    @Test
    void aMatchAfterAFailedQueryIsSelectedAgain(FxRobot robot) throws Exception {
        find(robot, "1,200 peoplX");
        robot.type(KeyCode.BACK_SPACE);
        robot.write("e");
        assertEquals("1,200 people", WindowFixture.onFx(() -> fx.area(robot).getSelectedText()));
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT2);
        assertEquals(1, fx.rows(robot).size());
    }
}
