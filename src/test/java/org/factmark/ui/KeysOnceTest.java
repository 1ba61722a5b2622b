package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A key does one thing once: one press of Ctrl+Z undoes one change, of Ctrl+Y redoes one, of F3 finds once. */
@ExtendWith(ApplicationExtension.class)
class KeysOnceTest {
    private static final String TEXT = "One cat. Two cats. Three cats. Four cats. Five cats.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** Two labels made with the keys: two changes to undo, then the focus where the test wants it. */
    private void twoEdits(FxRobot robot, String focus) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.interact(() -> fx.area(robot).requestFocus());
        for (String words : new String[] {"One cat", "Two cats"}) {
            int at = TEXT.indexOf(words);
            robot.interact(() -> fx.area(robot).selectRange(at, at + words.length()));
            robot.type(KeyCode.DIGIT2);
        }
        assertEquals(2, fx.rows(robot).size());
        focus(robot, focus);
    }

    private void focus(FxRobot robot, String where) {
        robot.interact(() -> {
            Node target = "list".equals(where) ? fx.table(robot) : fx.area(robot);
            target.requestFocus();
        });
    }

    @ParameterizedTest(name = "focus in the {0}")
    @ValueSource(strings = {"text", "list"})
    void oneCtrlZUndoesOneChangeAndOneCtrlYRedoesOne(String focus, FxRobot robot) throws Exception {
        twoEdits(robot, focus);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(1, fx.rows(robot).size(), "one of the two labels undone");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(0, fx.rows(robot).size());
        focus(robot, focus);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(1, fx.rows(robot).size(), "one of the two labels redone");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(2, fx.rows(robot).size(), "and the other");
    }

    @ParameterizedTest(name = "focus in the {0}")
    @ValueSource(strings = {"text", "list"})
    void oneF3FindsTheNextMatchOnlyAndShiftF3ThePreviousOnly(String focus, FxRobot robot) throws Exception {
        twoEdits(robot, focus);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("cats");
        int first = TEXT.indexOf("cats");
        assertEquals(first, start(robot));
        robot.type(KeyCode.ESCAPE);
        focus(robot, focus);
        robot.type(KeyCode.F3);
        assertEquals(TEXT.indexOf("cats", first + 1), start(robot), "F3 moved on by one match");
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertEquals(first, start(robot), "Shift+F3 moved back by one match");
    }

    private int start(FxRobot robot) {
        return onFx(() -> fx.area(robot).getSelection().getStart());
    }
}
