package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Moving through annotations and adjusting them without the mouse. */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowTest {
    private static final String TEXT = "Officials said that about 1,200 people died. Later, 300 fled the city.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** Three figures: "1,200 people", "300", "the city" (an event), labelled with keys. */
    private void openLabelled(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.interact(() -> fx.area(robot).requestFocus());
        label(robot, "1,200 people", KeyCode.DIGIT2);
        label(robot, "300", KeyCode.DIGIT2);
        label(robot, "the city", KeyCode.DIGIT4);
        robot.interact(() -> fx.area(robot).moveTo(0));
    }

    private void label(FxRobot robot, String words, KeyCode key) {
        int at = TEXT.indexOf(words);
        robot.interact(() -> fx.area(robot).selectRange(at, at + words.length()));
        robot.type(key, KeyCode.ESCAPE);
    }

    private String selected(FxRobot robot) {
        return fx.area(robot).getSelectedText();
    }

    @Test
    void nAndPAndTabWalkThroughTheAnnotationsInTextOrder(FxRobot robot) throws Exception {
        openLabelled(robot);
        robot.type(KeyCode.N);
        assertEquals("1,200 people", selected(robot));
        robot.type(KeyCode.N);
        assertEquals("300", selected(robot));
        robot.type(KeyCode.TAB);
        assertEquals("the city", selected(robot));
        robot.type(KeyCode.TAB);
        assertEquals("1,200 people", selected(robot), "wraps to the first");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals("the city", selected(robot));
        robot.type(KeyCode.P);
        assertEquals("300", selected(robot));
        assertEquals("300", TEXT.substring(fx.table(robot).selectedItem().start(),
                fx.table(robot).selectedItem().end()), "the list follows");
    }

    @Test
    void nFromTheCaretFindsTheNextAnnotationAfterIt(FxRobot robot) throws Exception {
        openLabelled(robot);
        robot.interact(() -> fx.area(robot).moveTo(TEXT.indexOf("Later")));
        robot.type(KeyCode.N);
        assertEquals("300", selected(robot));
    }

    @Test
    void altArrowsMoveTheBoundariesByWordAndCanBeUndone(FxRobot robot) throws Exception {
        openLabelled(robot);
        robot.type(KeyCode.N); // 1,200 people
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals("about 1,200 people", selected(robot));
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT, KeyCode.ALT);
        assertEquals("about 1,200 people died", selected(robot));
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT, KeyCode.ALT);
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals("1,200 people", selected(robot));
        Annotation a = fx.rows(robot).get(0);
        assertEquals("1,200 people", TEXT.substring(a.start(), a.end()));
        int at = TEXT.indexOf("about");
        assertTrue(fx.area(robot).getStyleOfChar(at).isEmpty(), "the highlight follows the boundary");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("about 1,200 people", text(fx.rows(robot).get(0)));
        assertTrue(fx.area(robot).getStyleOfChar(at).contains("fm-figure-l0"));
    }

    @Test
    void altCSwitchesToMovingByCharacter(FxRobot robot) throws Exception {
        openLabelled(robot);
        robot.type(KeyCode.N);
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT, KeyCode.ALT);
        assertEquals("1,200 peopl", selected(robot));
    }

    @Test
    void severalRowsSelectedInTheListAreDeletedOrRelabelledInOneStep(FxRobot robot) throws Exception {
        openLabelled(robot);
        robot.clickOn(robot.lookup("#annotation-list .list-row").nth(0).queryAs(javafx.scene.Node.class));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertEquals(2, fx.table(robot).selectedItems().size());
        robot.type(KeyCode.DIGIT3);
        assertEquals(2, fx.rows(robot).stream().filter(a -> a.label().equals("assertion")).count());
        robot.type(KeyCode.DELETE);
        assertEquals(1, fx.rows(robot).size());
        assertEquals("the city", text(fx.rows(robot).get(0)));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(3, fx.rows(robot).size(), "one undo brings both back");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(2, fx.rows(robot).stream().filter(a -> a.label().equals("figure")).count(),
                "and one more undoes both relabels");
    }

    @Test
    void f1ShowsEveryKey(FxRobot robot) throws Exception {
        openLabelled(robot);
        robot.type(KeyCode.F1);
        assertTrue(robot.lookup("#shortcuts-overlay").tryQuery().isPresent());
        assertTrue(robot.lookup("Alt+← / Alt+→").tryQuery().isPresent());
        assertTrue(robot.lookup("N / P, Tab / Shift+Tab").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#shortcuts-overlay").tryQuery().isEmpty());
    }

    private static String text(Annotation a) {
        return TEXT.substring(a.start(), a.end());
    }
}
