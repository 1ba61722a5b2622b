package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/** Steps 1 and 8: the bundled sample opens with its annotations; the status bar counts and tracks the caret. */
@ExtendWith(ApplicationExtension.class)
class OpenAndStatusTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void theBundledSampleOpensWithItsAnnotations(FxRobot robot) throws Exception {
        Path article = dir.resolve("khamenei-gaza-speech.txt");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"),
                dir.resolve("khamenei-gaza-speech.txt.annotations.json"));
        fx.open(article);

        assertEquals("khamenei-gaza-speech.txt — Factmark", fx.stage.getTitle());
        String text = Files.readString(article);
        assertEquals(text, fx.area(robot).getText());
        List<Annotation> rows = fx.rows(robot);
        assertTrue(rows.size() >= 30, "the sample is annotated throughout: " + rows.size());
        for (String label : List.of("quote", "figure", "assertion", "event")) {
            assertTrue(rows.stream().anyMatch(a -> a.label().equals(label)), "the sample shows a " + label);
            long n = rows.stream().filter(a -> a.label().equals(label)).count();
            String counted = ((Label) robot.lookup("#count-" + label).query()).getText();
            assertTrue(counted.startsWith(n + " "), counted + " should count " + n);
        }
        Annotation first = rows.get(0);
        assertTrue(fx.area(robot).getStyleOfChar(first.start()).stream().anyMatch(c -> c.startsWith("fm-")));
    }

    @Test
    void theStatusBarCountsPerLabelAndShowsTheCaretsLineAndColumn(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", "One two.\n😀 three four."));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).moveTo(0));
        robot.type(KeyCode.DOWN);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.END).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT1);
        assertEquals("1 quote", ((Label) robot.lookup("#count-quote").query()).getText());
        assertEquals("0 figures", ((Label) robot.lookup("#count-figure").query()).getText());

        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> fx.area(robot).moveTo("One two.\n😀 ".length()));
        assertEquals("Ln 2, Col 3", ((Label) robot.lookup("#caret-position").query()).getText(),
                "the emoji counts as one column");
    }

    @Test
    void aMissingFileGetsAMessageAndTheWindowStaysUp(FxRobot robot) {
        fx.open(dir.resolve("nowhere.txt"));
        assertTrue(robot.lookup("#message-dialog").tryQuery().isPresent(), "a dialog explains");
        String message = robot.lookup("#message-dialog .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(message.contains("nowhere.txt"), message);
        robot.clickOn("OK");
        assertTrue(fx.stage.isShowing());
        assertEquals("Factmark", fx.stage.getTitle());
    }

    @Test
    void recentFilesReopenFromTheMenu(FxRobot robot) throws Exception {
        Path first = fx.write("first.txt", "First article.");
        fx.open(first);
        fx.open(fx.write("second.txt", "Second article."));
        robot.clickOn("_File".replace("_", ""));
        robot.clickOn("Open Recent");
        robot.clickOn(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("first.txt"));
        assertEquals("first.txt — Factmark", fx.stage.getTitle());
    }
}
