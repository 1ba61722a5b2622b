package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The evidence list as typed, and the suggestions offered for people and sources. */
@ExtendWith(ApplicationExtension.class)
class DetailFieldsTest {
    private static final String TEXT = "Ali said no. Hamas said yes. Ismail said maybe. Someone said 40 died.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void labelAndEnter(FxRobot robot, String words, KeyCode key) {
        int at = TEXT.indexOf(words);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + words.length()));
        robot.type(key);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void evidenceIsStoredOneEntryPerLineAndEveryInvalidOneIsReported(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        labelAndEnter(robot, "Hamas said yes.", KeyCode.DIGIT3);
        robot.interact(() -> robot.lookup("#attr-evidence").query().requestFocus());
        robot.write("see report");
        robot.type(KeyCode.ENTER);
        robot.write("https://example.org/report");
        robot.type(KeyCode.ENTER);
        robot.write("ministry site");
        robot.type(KeyCode.ESCAPE);
        Annotation a = fx.rows(robot).get(0);
        assertEquals(List.of("see report", "https://example.org/report", "ministry site"),
                a.attributes().get("evidence"));
        robot.type(KeyCode.ENTER);
        String problems = robot.lookup("#inspector-problems").queryAs(Label.class).getText();
        assertTrue(problems.contains("“see report”") && problems.contains("“ministry site”"), problems);
        assertFalse(problems.contains("example.org"), problems);
    }
}
