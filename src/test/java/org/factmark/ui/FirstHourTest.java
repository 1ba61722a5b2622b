package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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

/** What a new user meets in the first hour: the words on the controls say what the app does. */
@ExtendWith(ApplicationExtension.class)
class FirstHourTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void selectRow(FxRobot robot, String id) {
        ReadableWindowTest.selectRow(robot, fx, id);
    }

    @Test
    void theVerdictOffersNoSecondWayOfSayingUnrated(FxRobot robot) throws Exception {
        fx.open(ReadableWindowTest.article(fx));
        selectRow(robot, "a1");
        @SuppressWarnings("unchecked")
        ComboBox<String> verdict = robot.lookup("#attr-verdict").queryAs(ComboBox.class);
        assertEquals(List.of("unrated", "accurate", "mostly accurate", "misleading", "false", "unverifiable"),
                verdict.getItems());
        @SuppressWarnings("unchecked")
        ComboBox<String> kind = robot.lookup("#attr-check_worthiness").queryAs(ComboBox.class);
        assertEquals("—", kind.getItems().get(0), "an optional choice can still be emptied");
    }

    @Test
    void theVerdictFilterFindsAssertionsWhoseVerdictIsNotSet(FxRobot robot) throws Exception {
        fx.open(ReadableWindowTest.article(fx));
        selectRow(robot, "a2");
        @SuppressWarnings("unchecked")
        ComboBox<String> verdict = robot.lookup("#attr-verdict").queryAs(ComboBox.class);
        robot.interact(() -> verdict.setValue(null)); // as in an assertion just made
        @SuppressWarnings("unchecked")
        ComboBox<String> filter = robot.lookup("#filter-verdict").queryAs(ComboBox.class);
        assertTrue(filter.getItems().contains("not set"), filter.getItems().toString());
        robot.interact(() -> filter.setValue("not set"));
        assertEquals(List.of("a2"), fx.rows(robot).stream().map(Annotation::id).toList(),
                "the assertion without a verdict, not the quote, figure or event");
        robot.interact(() -> filter.setValue("mostly accurate"));
        assertEquals(List.of("a1"), fx.rows(robot).stream().map(Annotation::id).toList());
    }

    @Test
    void statisticsCountDetailsThatDoNotFitAsWellAsMissingOnes(FxRobot robot) throws Exception {
        fx.open(ReadableWindowTest.article(fx));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.F9);
        WindowFixture.waitUntil(() -> robot.lookup("#stats-progress").tryQuery().isPresent());
        String heading = ((Label) robot.lookup("#stats-progress").query()).getText();
        assertEquals("2 assertions, 2 rated · 0 annotations missing required details · "
                + "1 annotation with a detail that does not fit its type", heading);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void f6MovesTheFocusFromTheTextToTheListAndOnToTheDetails(FxRobot robot) throws Exception {
        fx.open(ReadableWindowTest.article(fx));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.F6);
        assertSame(fx.table(robot), focus(), "F6 from the text: the list");
        robot.type(KeyCode.DOWN); // selects the first row
        robot.type(KeyCode.F6);
        assertTrue(onFx(() -> robot.lookup("#inspector").query().lookupAll("*").contains(focus())),
                "F6 from the list: the details of the selected annotation");
        robot.type(KeyCode.F6);
        assertSame(fx.area(robot), focus(), "and round to the text");
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertTrue(onFx(() -> robot.lookup("#inspector").query().lookupAll("*").contains(focus())),
                "Shift+F6 goes the other way");
        assertTrue(fx.window.keyHelp().stream().anyMatch(s -> s.keys().contains("F6")),
                "F1 lists the key");
    }

    private Node focus() {
        return onFx(() -> fx.stage.getScene().getFocusOwner());
    }

    @Test
    void theBannerAboutAChangedArticleDoesNotPromiseAQuestionThatNeverComes(FxRobot robot) throws Exception {
        Path article = ReadableWindowTest.article(fx);
        fx.open(article);
        Files.writeString(article, ReadableWindowTest.TEXT + " A new sentence.");
        Files.setLastModifiedTime(article, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        String message = onFx(() -> ((Label) robot.lookup("#disk-message").query()).getText());
        assertTrue(message.startsWith("speech.txt was changed on disk"), message);
        assertFalse(message.contains("ask before replacing"), "Factmark never writes the article: " + message);
        assertTrue(message.contains("never writes the article"), message);
    }
}
