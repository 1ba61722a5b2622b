package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pointer on right-to-left and mixed paragraphs (a Latin name inside Persian): a click selects the innermost
 * annotation under it, the hover card describes the annotations under it, and the context menu opens where the
 * pointer is and labels what was seen selected. Where a word is on screen is read from the text node JavaFX
 * drew it with.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftPointerTest {
    @TempDir
    java.nio.file.Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private String open(String name) throws Exception {
        String text = Files.readString(java.nio.file.Path.of("src/test/resources/rtl", name), StandardCharsets.UTF_8);
        fx.open(fx.write(name, text));
        return text;
    }

    /** The middle on screen of the text node that draws {@code word} and nothing else. */
    private Point2D middleOf(FxRobot robot, String word) {
        Bounds b = onFx(() -> fx.area(robot).lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && t.getText().strip().equals(word))
                .map(n -> n.localToScreen(n.getBoundsInLocal())).findFirst()
                .orElseThrow(() -> new AssertionError("no text node draws " + word)));
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private void label(FxRobot robot, int start, int end, KeyCode key) {
        robot.interact(() -> {
            fx.area(robot).requestFocus();
            fx.area(robot).selectRange(start, end);
        });
        robot.type(key);
    }

    @ParameterizedTest
    @CsvSource({"persian.txt, تهران", "persian.txt, Reuters", "arabic.txt, طهران", "hebrew.txt, רביעי"})
    void aClickSelectsTheInnermostAnnotationAndTheHoverCardDescribesThem(String file, String word, FxRobot robot)
            throws Exception {
        String text = open(file);
        int start = text.indexOf(word);
        int end = start + word.length();
        label(robot, Math.max(0, start - 12), Math.min(text.length(), end + 12), KeyCode.DIGIT1); // a quote around
        label(robot, start, end, KeyCode.DIGIT2);                                               // a figure: the word
        robot.interact(() -> fx.area(robot).moveTo(0));
        robot.type(KeyCode.ESCAPE);

        Point2D onWord = middleOf(robot, word);
        robot.moveTo(onWord);
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label card = robot.lookup("#hover-details").queryAs(Label.class);
        assertTrue(card.getScene().getWindow().isShowing(), "the hover card shows over " + word);
        assertTrue(card.getText().startsWith("Figure") && card.getText().contains("Quote"),
                "innermost first: " + card.getText());

        robot.clickOn(onWord);
        Annotation selected = onFx(() -> fx.table(robot).selectedItem());
        assertEquals("figure", selected.label(), "a click on " + word + " selects the innermost annotation");
        assertEquals(word, text.substring(selected.start(), selected.end()));
        robot.sleep(800); // not a double click
        robot.clickOn(onWord);
        assertEquals("quote", onFx(() -> fx.table(robot).selectedItem()).label(), "clicking again steps outward");
    }

    @ParameterizedTest
    @CsvSource({"persian.txt, تهران", "persian.txt, Reuters", "arabic.txt, طهران", "hebrew.txt, רביעי"})
    void theContextMenuOpensAtThePointerAndLabelsTheWordSeenSelected(String file, String word, FxRobot robot)
            throws Exception {
        String text = open(file);
        Point2D onWord = middleOf(robot, word);
        robot.doubleClickOn(onWord);
        assertEquals(word, fx.area(robot).getSelectedText().strip());
        robot.rightClickOn(onWord);
        Window menu = onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElseThrow(
                        () -> new AssertionError("no context menu")));
        assertEquals(onWord.getX(), menu.getX(), 24, "the menu opens at the pointer, across");
        assertEquals(onWord.getY(), menu.getY(), 24, "the menu opens at the pointer, down");
        robot.clickOn("Label as Event   (4)");
        List<Annotation> rows = fx.rows(robot);
        assertEquals(1, rows.size());
        assertEquals("event", rows.get(0).label());
        assertEquals(word, text.substring(rows.get(0).start(), rows.get(0).end()));
    }
}
