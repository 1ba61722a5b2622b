package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Steps 5 and 6: the find bar, and undo / redo of every annotation change. */
@ExtendWith(ApplicationExtension.class)
class FindAndUndoTest {
    private static final String TEXT = "Resulting in the deaths of approximately 1,200 People, mostly civilians. "
            + "Later 1,200 people more.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void findThenEscapeThenTwoLabelsTheMatchAsAFigure(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.clickOn(fx.pointOnChar(robot, 2));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(robot.lookup("#find-field").query().isFocused());
        robot.write("1,200 people");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#find-bar").query().isVisible(), "the bar closes");
        assertTrue(fx.area(robot).isFocused(), "focus is back on the text");
        robot.type(KeyCode.DIGIT2);

        Annotation figure = fx.rows(robot).get(0);
        assertEquals("figure", figure.label());
        assertEquals("1,200 people", TEXT.substring(figure.start(), figure.end()));
        assertEquals(TEXT.indexOf("Later 1,200") + 6, figure.start(),
                "typing found the first match, Enter moved on to the next (case-insensitively)");
    }

    @Test
    void typingSearchesCaseInsensitivelyAndF3FindsTheNext(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.clickOn(fx.pointOnChar(robot, 2));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("1,200 PEOPLE");
        int first = TEXT.indexOf("1,200 People");
        assertEquals(first, fx.area(robot).getSelection().getStart());
        Node counter = robot.lookup("#find-counter").query();
        assertEquals("1 of 2", ((javafx.scene.control.Label) counter).getText());
        robot.type(KeyCode.F3);
        assertEquals(TEXT.indexOf("1,200 people"), fx.area(robot).getSelection().getStart());
        robot.type(KeyCode.F3);
        assertEquals(first, fx.area(robot).getSelection().getStart(), "wraps around");
    }

    @Test
    void digitsTypedInTheFindFieldNeverLabel(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("1,2");
        assertTrue(fx.rows(robot).isEmpty());
    }

    @Test
    void undoAndRedoEveryChangeWithTheKeys(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int at = TEXT.indexOf("1,200");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + 12));
        robot.type(KeyCode.DIGIT2); // add
        robot.type(KeyCode.DIGIT3); // relabel the new, still selected annotation
        robot.type(KeyCode.DELETE); // delete it
        assertTrue(fx.rows(robot).isEmpty());

        ctrl(robot, KeyCode.Z);
        assertEquals("assertion", fx.rows(robot).get(0).label());
        ctrl(robot, KeyCode.Z);
        assertEquals("figure", fx.rows(robot).get(0).label());
        assertTrue(fx.area(robot).getStyleOfChar(at).contains("fm-figure-l0"), "the highlight follows undo");
        ctrl(robot, KeyCode.Z);
        assertTrue(fx.rows(robot).isEmpty());
        assertEquals("a.txt — Factmark", fx.stage.getTitle(), "undone back to the saved state");

        ctrl(robot, KeyCode.Y);
        assertEquals("figure", fx.rows(robot).get(0).label());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("assertion", fx.rows(robot).get(0).label());
        ctrl(robot, KeyCode.Y);
        assertTrue(fx.rows(robot).isEmpty());
        assertTrue(fx.area(robot).getStyleOfChar(at).isEmpty(), "no highlight left");
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }
}
