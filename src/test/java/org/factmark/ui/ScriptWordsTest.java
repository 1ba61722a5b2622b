package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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

/**
 * Words and characters in the real text area as readers of each script see them: a double click on a Chinese
 * word selects that word (not the whole run without spaces), Ctrl+Right stops between words, a Persian word
 * with a zero-width non-joiner is one word, and the caret never stops inside an emoji.
 */
@ExtendWith(ApplicationExtension.class)
class ScriptWordsTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private ArticleArea open(FxRobot robot, String text) throws Exception {
        fx.open(fx.write("words.txt", text));
        return fx.area(robot);
    }

    @Test
    void doubleClickingAChineseWordSelectsAndLabelsThatWord(FxRobot robot) throws Exception {
        String text = "新闻\n\n我们今天去北京参观博物馆。";
        ArticleArea area = open(robot, text);
        int word = text.indexOf("北京");
        robot.doubleClickOn(fx.pointOnChar(robot, word + 1));
        assertEquals("北京", area.getSelectedText());
        robot.type(KeyCode.DIGIT4);
        List<Annotation> rows = fx.rows(robot);
        assertEquals(1, rows.size());
        assertEquals("北京", text.substring(rows.get(0).start(), rows.get(0).end()));
    }

    @Test
    void ctrlRightStopsBetweenChineseWords(FxRobot robot) throws Exception {
        String text = "我们今天去北京参观博物馆。";
        ArticleArea area = open(robot, text);
        robot.clickOn(fx.pointOnChar(robot, 0));
        fx.caretTo(robot, 0);
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT).release(KeyCode.CONTROL);
        int caret = area.getCaretPosition();
        assertTrue(caret == 2 || caret == 4, "after 我们 or 今天, not at the end of the run: " + caret);
    }

    @Test
    void aPersianWordWithAZeroWidthNonJoinerIsSelectedWhole(FxRobot robot) throws Exception {
        String text = "آیت‌الله خامنه‌ای روز چهارشنبه در تهران گفت.";
        ArticleArea area = open(robot, text);
        int inside = text.indexOf("ای");
        robot.interact(() -> {
            area.moveTo(inside);
            area.selectWord();
        });
        assertEquals("خامنه‌ای", area.getSelectedText());
    }

    @Test
    void theCaretAndShiftArrowsStepOverAWholeEmoji(FxRobot robot) throws Exception {
        String family = "👩‍👩‍👧‍👦";
        String text = "Family " + family + " and flag 🇮🇷 here.";
        ArticleArea area = open(robot, text);
        int at = text.indexOf(family);
        robot.clickOn(fx.pointOnChar(robot, 0));
        fx.caretTo(robot, at);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(family, area.getSelectedText(), "Shift+Right selects the whole family");
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        assertEquals(at, area.getCaretPosition(), "Left goes back over the whole family");
        int flag = text.indexOf("🇮🇷");
        fx.caretTo(robot, flag + 4);
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals("🇮🇷", area.getSelectedText(), "a flag is one character");
    }
}
