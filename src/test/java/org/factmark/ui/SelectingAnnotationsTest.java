package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.IndexRange;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Step 4: clicking highlights, the side list, Delete, relabelling with a key. */
@ExtendWith(ApplicationExtension.class)
class SelectingAnnotationsTest {
    private static final String TEXT = "Officials said that 1,200 people died in the attack on October 7.\n"
            + "The ministry said it was false.";
    private static final int QUOTE_END = TEXT.indexOf('\n');
    private static final int FIGURE = TEXT.indexOf("1,200");
    private static final int FIGURE_END = FIGURE + "1,200 people".length();
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** A quote over the first sentence with a figure nested inside it. */
    private void openNested(FxRobot robot) throws Exception {
        fx.open(fx.write("article.txt", TEXT));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(0, QUOTE_END));
        robot.type(KeyCode.DIGIT1, KeyCode.ESCAPE);
        robot.interact(() -> fx.area(robot).selectRange(FIGURE, FIGURE_END));
        robot.type(KeyCode.DIGIT2, KeyCode.ESCAPE);
        assertEquals(2, fx.rows(robot).size());
    }

    @Test
    void clickingSelectsTheInnermostThenStepsOutward(FxRobot robot) throws Exception {
        openNested(robot);
        robot.clickOn(fx.pointOnChar(robot, FIGURE + 2));
        assertEquals(new IndexRange(FIGURE, FIGURE_END), fx.area(robot).getSelection());
        assertEquals("figure", fx.table(robot).selectedItem().label());

        robot.sleep(600); // a separate click, not a double click
        robot.clickOn(fx.pointOnChar(robot, FIGURE + 2));
        assertEquals(new IndexRange(0, QUOTE_END), fx.area(robot).getSelection());
        assertEquals("quote", fx.table(robot).selectedItem().label());
    }

    @Test
    void aSecondArticleOpensInAFreshAreaThatClicksKeysAndTheStatusBarStillReach(FxRobot robot) throws Exception {
        fx.open(fx.write("first.txt", "A first article.\nIts second line, where the caret rests."));
        robot.interact(() -> fx.area(robot).requestFocus());
        fx.caretTo(robot, "A first article.\nIts ".length());
        assertEquals("Ln 2, Col 5", ((javafx.scene.control.Label) robot.lookup("#caret-position").query()).getText());

        openNested(robot); // opens another article and labels it with the keys, in whatever area now shows it
        assertEquals(1, robot.lookup("#article").queryAll().size(), "one text area in the window");
        assertEquals(TEXT, fx.area(robot).getText());
        robot.clickOn(fx.pointOnChar(robot, FIGURE + 2));
        assertEquals("figure", fx.table(robot).selectedItem().label(), "a click on a highlight selects it");
        robot.interact(() -> fx.area(robot).moveTo(TEXT.indexOf("ministry")));
        assertNull(fx.table(robot).selectedItem(), "moving the caret away deselects");
        assertEquals("Ln 2, Col 5", ((javafx.scene.control.Label) robot.lookup("#caret-position").query()).getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.open(fx.write("third.txt", "Short."));
        assertEquals("third.txt — Factmark", fx.stage.getTitle());
        assertEquals("Ln 1, Col 1", ((javafx.scene.control.Label) robot.lookup("#caret-position").query()).getText(),
                "the status bar shows where the new article's caret is");
        assertTrue(fx.area(robot).isFocused(), "the text keeps the keyboard focus across the open");
    }

    @Test
    void clickingPlainTextSelectsNoAnnotation(FxRobot robot) throws Exception {
        openNested(robot);
        robot.clickOn(fx.pointOnChar(robot, TEXT.indexOf("ministry")));
        assertNull(fx.table(robot).selectedItem());
    }

    @Test
    void selectingARowSelectsItsSpan(FxRobot robot) throws Exception {
        openNested(robot);
        // the row's cell, not the same words in the article
        robot.clickOn(robot.lookup("#annotation-list .list-text")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("1,200 people")).queryLabeled());
        assertTrue(fx.table(robot).isFocused(), "the list keeps the focus");
        assertEquals(new IndexRange(FIGURE, FIGURE_END), fx.area(robot).getSelection());
        robot.type(KeyCode.UP);
        assertEquals(new IndexRange(0, QUOTE_END), fx.area(robot).getSelection(), "arrow keys in the list move too");
    }

    @Test
    void deleteRemovesTheSelectedAnnotation(FxRobot robot) throws Exception {
        openNested(robot);
        robot.clickOn(fx.pointOnChar(robot, FIGURE + 2));
        robot.type(KeyCode.DELETE);
        assertEquals(1, fx.rows(robot).size());
        assertEquals("quote", fx.rows(robot).get(0).label());
        assertTrue(fx.area(robot).getStyleOfChar(FIGURE + 2).stream().noneMatch(c -> c.startsWith("fm-figure")),
                "the figure's highlight is gone");
    }

    @Test
    void aLabelKeyOnASelectedAnnotationRelabelsIt(FxRobot robot) throws Exception {
        openNested(robot);
        robot.clickOn(fx.pointOnChar(robot, FIGURE + 2));
        robot.type(KeyCode.DIGIT3);
        Annotation relabelled = fx.rows(robot).stream().filter(a -> a.start() == FIGURE).findFirst().orElseThrow();
        assertEquals("assertion", relabelled.label());
        assertEquals(2, fx.rows(robot).size(), "relabelled, not added");
        assertTrue(fx.area(robot).getStyleOfChar(FIGURE + 2).contains("fm-assertion-l1"));
    }
}
