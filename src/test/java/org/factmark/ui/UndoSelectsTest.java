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

/** Undo and redo select what they touched, so the next key acts on it. */
@ExtendWith(ApplicationExtension.class)
class UndoSelectsTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void label(FxRobot robot, String words, KeyCode key) {
        int at = TEXT.indexOf(words);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + words.length()));
        robot.type(key);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private String inspectorTitle(FxRobot robot) {
        return robot.lookup("#inspector-title").queryAs(Label.class).getText();
    }

    @Test
    void undoingADeleteSelectsTheRestoredAnnotation(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        label(robot, "1,200 people", KeyCode.DIGIT2);
        label(robot, "The ministry denied it.", KeyCode.DIGIT3); // the last one touched is another
        robot.clickOn(fx.pointOnChar(robot, TEXT.indexOf("1,200") + 1));
        assertEquals("Figure", inspectorTitle(robot));
        robot.type(KeyCode.DELETE);
        assertEquals(1, fx.rows(robot).size());

        ctrl(robot, KeyCode.Z);
        assertEquals(2, fx.rows(robot).size());
        assertEquals("Figure", inspectorTitle(robot), "the restored annotation is selected");
        assertEquals("1,200 people", WindowFixture.onFx(() -> fx.area(robot).getSelectedText()));
        robot.type(KeyCode.DIGIT4);
        Annotation relabelled = fx.rows(robot).stream().filter(a -> a.start() == TEXT.indexOf("1,200"))
                .findFirst().orElseThrow();
        assertEquals("event", relabelled.label(), "a label key after the undo relabels it");
    }

    @Test
    void undoAndRedoOfARelabelSelectTheAnnotation(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        label(robot, "1,200 people", KeyCode.DIGIT2);
        robot.type(KeyCode.DIGIT4); // relabel as event
        label(robot, "The ministry denied it.", KeyCode.DIGIT3);
        robot.type(KeyCode.ESCAPE);
        ctrl(robot, KeyCode.Z); // the assertion goes; nothing else touched
        ctrl(robot, KeyCode.Z); // event back to figure
        assertEquals("Figure", inspectorTitle(robot));
        assertEquals("1,200 people", WindowFixture.onFx(() -> fx.area(robot).getSelectedText()));
        robot.type(KeyCode.ESCAPE);
        ctrl(robot, KeyCode.Y);
        assertEquals("Event", inspectorTitle(robot), "redo selects what it changed");
    }

    @Test
    void undoingAnAddSelectsTheTextItHadLabelled(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        label(robot, "1,200 people", KeyCode.DIGIT2);
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> fx.area(robot).moveTo(0));
        ctrl(robot, KeyCode.Z);
        assertTrue(fx.rows(robot).isEmpty());
        assertEquals("1,200 people", WindowFixture.onFx(() -> fx.area(robot).getSelectedText()),
                "the text the undone annotation covered is selected, to label again with one key");
        robot.type(KeyCode.DIGIT3);
        assertEquals("assertion", fx.rows(robot).get(0).label());
    }
}
