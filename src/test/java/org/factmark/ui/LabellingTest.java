package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Steps 2 and 3: select with mouse and keyboard, label with keys, toolbar and context menu. */
@ExtendWith(ApplicationExtension.class)
class LabellingTest {
    private static final String TEXT = "Officials said that 1,200 people died in the attack on October 7.\n"
            + "The ministry said it was false.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void openSample() throws Exception {
        fx.open(fx.write("article.txt", TEXT));
    }

    @Test
    void theArticleIsReadOnlyAndWrapped(FxRobot robot) throws Exception {
        openSample();
        robot.clickOn(fx.pointOnChar(robot, 3));
        robot.write("xyz");
        robot.type(KeyCode.ENTER, KeyCode.BACK_SPACE);
        assertEquals(TEXT, fx.area(robot).getText());
        assertTrue(fx.area(robot).isWrapText());
    }

    @Test
    void shiftArrowsSelectAndDigitTwoLabelsAFigureTrimmed(FxRobot robot) throws Exception {
        openSample();
        int start = TEXT.indexOf("1,200");
        robot.clickOn(fx.pointOnChar(robot, start - 1)); // on the space before: the trimmed space must not count
        fx.caretTo(robot, start - 1);
        for (int i = 0; i < "_1,200 people_".length(); i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        }
        assertEquals(" 1,200 people ", fx.area(robot).getSelectedText());
        robot.type(KeyCode.DIGIT2);

        List<Annotation> rows = fx.rows(robot);
        assertEquals(1, rows.size());
        Annotation figure = rows.get(0);
        assertEquals("figure", figure.label());
        assertEquals("1,200 people", TEXT.substring(figure.start(), figure.end()));
        assertTrue(fx.area(robot).getStyleOfChar(start).contains("fm-figure-l0"), "the figure is highlighted");
        assertEquals("• article.txt — Factmark", fx.stage.getTitle());
    }

    @Test
    void ctrlShiftRightSelectsByWord(FxRobot robot) throws Exception {
        openSample();
        fx.caretTo(robot, TEXT.indexOf("Officials"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("Officials", fx.area(robot).getSelectedText().strip());
        robot.type(KeyCode.DIGIT3);
        assertEquals("Officials", text(fx.rows(robot).get(0)));
    }

    @Test
    void mouseDragSelectsAndTheToolbarButtonLabels(FxRobot robot) throws Exception {
        openSample();
        int from = TEXT.indexOf("October 7");
        int to = from + "October 7".length() - 1;
        robot.drag(fx.pointOnChar(robot, from), MouseButton.PRIMARY).dropTo(fx.pointOnChar(robot, to));
        assertTrue(fx.area(robot).getSelectedText().startsWith("October"), fx.area(robot).getSelectedText());
        robot.clickOn("#label-button-event");
        Annotation event = fx.rows(robot).get(0);
        assertEquals("event", event.label());
        assertTrue(text(event).startsWith("October"));
    }

    @Test
    void theContextMenuLabels(FxRobot robot) throws Exception {
        openSample();
        int from = TEXT.indexOf("The ministry");
        robot.interact(() -> fx.area(robot).selectRange(from, TEXT.length()));
        robot.rightClickOn(fx.pointOnChar(robot, from + 2));
        robot.clickOn("Label as Quote   (1)");
        Annotation quote = fx.rows(robot).get(0);
        assertEquals("quote", quote.label());
        assertEquals("The ministry said it was false.", text(quote));
    }

    @Test
    void shiftF10OpensTheContextMenuFromTheKeyboard(FxRobot robot) throws Exception {
        openSample();
        select(robot, TEXT.indexOf("The ministry"), TEXT.length());
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN, KeyCode.DOWN); // the menu opens on Quote; down to Figure, Assertion
        robot.type(KeyCode.ENTER);
        Annotation assertion = fx.rows(robot).get(0);
        assertEquals("assertion", assertion.label());
        assertEquals("The ministry said it was false.", text(assertion));
    }

    @Test
    void nestedAnnotationsAllStayVisible(FxRobot robot) throws Exception {
        openSample();
        select(robot, 0, TEXT.indexOf('\n'));
        robot.type(KeyCode.DIGIT1);
        robot.type(KeyCode.ESCAPE);
        int claim = TEXT.indexOf("1,200");
        select(robot, claim, TEXT.indexOf(" on October"));
        robot.type(KeyCode.DIGIT3);
        robot.type(KeyCode.ESCAPE);
        select(robot, claim, claim + "1,200 people".length());
        robot.type(KeyCode.DIGIT2);

        Collection<String> classes = fx.area(robot).getStyleOfChar(claim + 1);
        assertTrue(classes.contains("fm-quote-l0"), classes.toString());
        assertTrue(classes.contains("fm-assertion-l1"), classes.toString());
        assertTrue(classes.contains("fm-figure-l2"), classes.toString());
        Collection<String> outside = fx.area(robot).getStyleOfChar(TEXT.indexOf("died") + 1);
        assertEquals(2, outside.size(), "beyond the figure only the quote and the assertion: " + outside);
        assertEquals(3, fx.rows(robot).size());
    }

    @Test
    void theSameLabelKeysWorkFromTheNumericKeypad(FxRobot robot) throws Exception {
        openSample();
        select(robot, 0, "Officials".length());
        robot.type(KeyCode.NUMPAD4);
        assertEquals("event", fx.rows(robot).get(0).label());
    }

    private void select(FxRobot robot, int from, int to) {
        fx.caretTo(robot, from);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(from, to));
    }

    private static String text(Annotation a) {
        return TEXT.substring(a.start(), a.end());
    }
}
