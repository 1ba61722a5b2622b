package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.ui.inspector.Suggestions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The find bar and the list filter find Persian digits, letters and ZWNJ words typed the way a reader types. */
@ExtendWith(ApplicationExtension.class)
class FindAsReaderMeansWindowTest {
    private static final String TEXT = "وزیر گفت ۱۲۰۰ نفر کشته شدند. او می‌خواهد به کافه café برود؛ ١٢٠٠ دیگر.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void latinDigitsFindPersianDigitsAndTheMatchIsWhatGetsLabelled(FxRobot robot) throws Exception {
        fx.open(fx.write("fa.txt", TEXT));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("1200");
        assertEquals("1 of 2", ((Label) robot.lookup("#find-counter").query()).getText());
        assertEquals("۱۲۰۰", fx.area(robot).getSelectedText());
        robot.type(KeyCode.ENTER);
        assertEquals("١٢٠٠", fx.area(robot).getSelectedText(), "Arabic-Indic digits too");
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.DIGIT2);
        Annotation figure = fx.rows(robot).get(0);
        assertEquals("١٢٠٠", TEXT.substring(figure.start(), figure.end()));
    }

    @Test
    void aWordTypedWithoutItsZeroWidthNonJoinerIsFound(FxRobot robot) throws Exception {
        fx.open(fx.write("fa.txt", TEXT));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("ميخواهد");
        assertEquals("می‌خواهد", fx.area(robot).getSelectedText(), "Arabic yeh, no ZWNJ");
    }

    @Test
    void diacriticsAreIgnoredOnlyWhenTheBoxIsTicked(FxRobot robot) throws Exception {
        fx.open(fx.write("fa.txt", TEXT));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("cafe");
        assertEquals("No matches", ((Label) robot.lookup("#find-counter").query()).getText());
        robot.clickOn("#find-ignore-diacritics");
        assertEquals("café", fx.area(robot).getSelectedText());
    }

    @Test
    void theListFilterMatchesLikeTheFindBar(FxRobot robot) throws Exception {
        fx.open(fx.write("fa.txt", TEXT));
        int at = TEXT.indexOf("۱۲۰۰");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + 4));
        robot.type(KeyCode.DIGIT2);
        robot.interact(() -> fx.area(robot).selectRange(0, 4));
        robot.type(KeyCode.DIGIT1);
        robot.clickOn("#filter-text").write("1200");
        assertEquals("1 of 2", ((Label) robot.lookup("#filter-count").query()).getText());
    }

    @Test
    void suggestionsMatchLikeTheFindBar() {
        assertEquals(java.util.List.of("۱۲۰۰ نفر"), Suggestions.matching(java.util.List.of("۱۲۰۰ نفر", "۴۰ نفر"), "1200"));
    }
}
