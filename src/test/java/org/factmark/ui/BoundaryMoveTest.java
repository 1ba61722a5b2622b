package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
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

/** Alt+arrows move a boundary within its paragraph, and everything shown follows the moved span. */
@ExtendWith(ApplicationExtension.class)
class BoundaryMoveTest {
    private static final String TEXT = "The talks ended on 2 April\nThe next round starts in May.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void labelFirstParagraph(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int from = TEXT.indexOf("ended");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(from, TEXT.indexOf('\n')));
        robot.type(KeyCode.DIGIT3);
    }

    private Annotation only(FxRobot robot) {
        assertEquals(1, fx.rows(robot).size());
        return fx.rows(robot).get(0);
    }

    private String covered(Annotation a) {
        return TEXT.substring(a.start(), a.end());
    }

    private String inspectorQuote(FxRobot robot) {
        return robot.lookup(".inspector-quote").queryAs(Label.class).getText();
    }

    private Set<String> listTexts(FxRobot robot) {
        return robot.lookup(".list-text").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
    }

    private void altShift(FxRobot robot, KeyCode arrow) {
        robot.press(KeyCode.ALT, KeyCode.SHIFT).type(arrow).release(KeyCode.SHIFT, KeyCode.ALT);
    }

    @Test
    void aWordMoveOfTheEndStopsAtTheParagraphBreak(FxRobot robot) throws Exception {
        labelFirstParagraph(robot);
        assertEquals("ended on 2 April", covered(only(robot)));
        altShift(robot, KeyCode.RIGHT);
        assertEquals("ended on 2 April", covered(only(robot)), "the end does not jump into the next paragraph");
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT); // by character
        altShift(robot, KeyCode.RIGHT);
        assertEquals("ended on 2 April", covered(only(robot)), "nor by a character, over the line break");
    }

    @Test
    void aWordMoveOfTheStartStopsAtTheParagraphStart(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int from = TEXT.indexOf("The next");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(from, TEXT.length()));
        robot.type(KeyCode.DIGIT3);
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals("The next round starts in May.", covered(only(robot)));
    }

    @Test
    void theInspectorTheListAndTheSelectionFollowTheMovedSpan(FxRobot robot) throws Exception {
        labelFirstParagraph(robot);
        assertEquals("“ended on 2 April”", inspectorQuote(robot));
        altShift(robot, KeyCode.LEFT);
        Annotation moved = only(robot);
        assertEquals("ended on 2", covered(moved));
        assertEquals("“ended on 2”", inspectorQuote(robot), "the inspector quotes the moved span");
        assertTrue(listTexts(robot).contains("ended on 2"), "the list row shows it: " + listTexts(robot));
        assertEquals("ended on 2", WindowFixture.onFx(() -> fx.area(robot).getSelectedText()));
        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals("on 2", covered(only(robot)));
        assertEquals("“on 2”", inspectorQuote(robot));
        assertEquals("on 2", WindowFixture.onFx(() -> fx.area(robot).getSelectedText()));
    }
}
