package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.ui.article.ArticleArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Home, End, Up and Down in a right-to-left paragraph that wraps over several lines: the visual line a key
 * reaches is told from where JavaFX drew the characters (their rows on screen), not from the area's answer.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftKeysTest {
    private static final String SENTENCE = "آیت‌الله خامنه‌ای روز چهارشنبه در تهران گفت که حمله به Gaza در سال 2023 "
            + "بیش از ۱۲۰۰ نفر را کشته است و از کشورهای اسلامی خواست روابط خود را قطع کنند. ";
    @TempDir
    Path dir;
    private WindowFixture fx;
    private ArticleArea area;
    private String text;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @BeforeEach
    void open(FxRobot robot) throws Exception {
        text = "عنوان\n\n" + SENTENCE.repeat(4).strip() + "\n\nپایان.";
        fx.open(fx.write("long.txt", text));
        area = fx.area(robot);
        robot.clickOn(fx.pointOnChar(robot, text.indexOf("پایان")));
    }

    /** The row on screen of the character at {@code offset}: its middle's y. */
    private double row(int offset) {
        return onFx(() -> {
            Bounds b = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
            return b.getCenterY();
        });
    }

    private int paragraphStart() {
        return text.indexOf(SENTENCE.substring(0, 10));
    }

    private int paragraphEnd() {
        return text.indexOf("\n\nپایان");
    }

    /** The offsets where the paragraph's visual lines start, from the rows its characters are drawn in. */
    private java.util.List<Integer> lineStarts() {
        int from = paragraphStart();
        int to = paragraphEnd();
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        double last = Double.NaN;
        for (int chunk = from; chunk < to; chunk += 40) { // a few at a time: each query is bounded in time
            int first = chunk;
            double[] rows = onFx(() -> {
                double[] ys = new double[Math.min(40, to - first)];
                for (int i = 0; i < ys.length; i++) {
                    ys[i] = area.getCharacterBoundsOnScreen(first + i, first + i + 1).orElseThrow().getCenterY();
                }
                return ys;
            });
            for (int i = 0; i < rows.length; i++) {
                if (Double.isNaN(last) || Math.abs(rows[i] - last) > 3) {
                    starts.add(first + i);
                    last = rows[i];
                }
            }
        }
        return starts;
    }

    private void key(FxRobot robot, KeyCode code) {
        robot.type(code);
    }

    @Test
    void endGoesToTheEndOfTheVisualLineAndHomeToItsStart(FxRobot robot) {
        java.util.List<Integer> lines = lineStarts();
        assertTrue(lines.size() >= 3, "the paragraph wraps over three lines or more: " + lines);
        int inSecond = lines.get(1) + 5;
        fx.caretTo(robot, inSecond);
        key(robot, KeyCode.END);
        int end = area.getCaretPosition();
        assertTrue(end == lines.get(2) || end == lines.get(2) - 1,
                "End in the second line [" + lines.get(1) + ", " + lines.get(2) + ") went to " + end);
        fx.caretTo(robot, inSecond);
        key(robot, KeyCode.HOME);
        assertEquals((int) lines.get(1), area.getCaretPosition(), "Home in the second line");
    }

    @Test
    void upAndDownKeepTheCaretsPlaceAcrossTheLine(FxRobot robot) {
        java.util.List<Integer> lines = lineStarts();
        int inSecond = lines.get(1) + 12;
        fx.caretTo(robot, inSecond);
        double x = onFx(() -> area.getCaretBounds().orElseThrow().getCenterX());
        double secondRow = row(inSecond);
        key(robot, KeyCode.DOWN);
        int down = area.getCaretPosition();
        assertTrue(down >= lines.get(2) && down <= lines.get(3 < lines.size() ? 3 : 2) + 200,
                "Down from " + inSecond + " went to " + down + "; lines start at " + lines);
        assertTrue(row(Math.min(down, paragraphEnd() - 1)) > secondRow + 3, "Down went to a lower row");
        double downX = onFx(() -> area.getCaretBounds().orElseThrow().getCenterX());
        assertEquals(x, downX, 25, "Down keeps the caret's place across the line");
        key(robot, KeyCode.UP);
        int up = area.getCaretPosition();
        assertTrue(up >= lines.get(1) && up < lines.get(2), "Up came back to the second line: " + up);
        double upX = onFx(() -> area.getCaretBounds().orElseThrow().getCenterX());
        assertEquals(x, upX, 25, "and to the caret's place");
    }
}
