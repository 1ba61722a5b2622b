package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.ui.article.ArticleArea;
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

    @Test
    void aChineseParagraphWithoutSpacesIsShownSplitAndLabelsTheArticlesCharacters(FxRobot robot) throws Exception {
        String[] words = {"政府", "今天", "宣布", "北京", "市民", "报道", "医院", "死亡", "人数", "达到", "一千", "，"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 30_000; i++) {
            b.append(words[(i * 7 + i / 3) % words.length]);
        }
        b.append("。");
        String text = b.toString();
        fx.open(fx.write("zh.txt", text));
        ArticleArea area = fx.area(robot);
        assertTrue(area.getParagraphs().size() > 5, "shown as several paragraphs");
        String shown = area.getText();
        int cut = shown.indexOf('\n');
        int from = area.display().toModel(cut) - 4; // four characters each side of the first display break
        int to = from + 8;

        // the label is made from what the user selected on screen: across the break, as the area shows it
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(cut - 4, cut + 5);
        });
        assertEquals(text.substring(from, to), area.articleSelection().getLength() == 8
                ? text.substring(area.articleSelection().getStart(), area.articleSelection().getEnd()) : "");
        robot.type(KeyCode.DIGIT3);
        Annotation a = fx.rows(robot).get(0);
        assertEquals(from, a.start());
        assertEquals(to, a.end());
        assertTrue(area.getStyleOfChar(cut - 4).contains("fm-assertion-l0"), "highlighted before the break");
        assertTrue(area.getStyleOfChar(cut + 4).contains("fm-assertion-l0"), "highlighted after the break");
        assertTrue(!area.getStyleOfChar(cut + 5).contains("fm-assertion-l0"), "and no further");

        // an annotation's span in a later display paragraph is selected where it is shown, and copied as it is
        int later = area.display().toModel(shown.indexOf('\n', cut + 1) + 10);
        robot.interact(() -> area.selectArticleRange(later, later + 2));
        assertEquals(text.substring(later, later + 2), area.getSelectedText());
        robot.interact(area::copy);
        assertEquals(text.substring(later, later + 2),
                WindowFixture.onFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        String saved = Files.readString(dir.resolve("zh.txt.annotations.json"));
        assertTrue(saved.contains("\"text\": \"" + text.substring(from, to) + "\""), saved.substring(0, 600));
    }
}
