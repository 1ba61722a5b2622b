package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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

/** A text without a single line break opens as many display paragraphs; offsets and saved text are the file's. */
@ExtendWith(ApplicationExtension.class)
class LongParagraphTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void aLabelAcrossADisplayBreakSavesTheArticlesOwnText(FxRobot robot) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 60_000; i++) {
            b.append("Sentence ").append(i).append(" reports ").append(i * 3).append(" people. ");
        }
        String text = b.toString().strip();
        fx.open(fx.write("line.txt", text));
        assertTrue(fx.area(robot).getParagraphs().size() > 10, "shown as several paragraphs");
        assertEquals(text.length(), fx.area(robot).getLength());

        String shown = fx.area(robot).getText();
        int split = shown.indexOf('\n');
        int from = text.lastIndexOf(' ', split - 15) + 1; // whole words on both sides of the display break
        int to = text.indexOf(' ', split + 15);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(from, to));
        robot.type(KeyCode.DIGIT3);
        Annotation a = fx.rows(robot).get(0);
        assertEquals(from, a.start());
        assertTrue(fx.area(robot).getStyleOfChar(split + 1).contains("fm-assertion-l0"));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        String saved = Files.readString(dir.resolve("line.txt.annotations.json"));
        assertTrue(saved.contains("\"text\": \"" + text.substring(from, to) + "\""),
                "the sidecar has the article's space, not the display's line break");
        assertTrue(saved.contains("\"newline\": \"none\""));
    }
}
