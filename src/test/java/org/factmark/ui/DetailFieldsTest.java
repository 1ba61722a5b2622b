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

    /** Gives the quote on {@code words} a speaker typed in the inspector. */
    private void speaker(FxRobot robot, String words, String speaker) {
        labelAndEnter(robot, words, KeyCode.DIGIT1);
        robot.write(speaker);
        robot.type(KeyCode.ESCAPE);
        robot.type(KeyCode.ESCAPE);
    }

    @SuppressWarnings("unchecked")
    private ListView<String> popupList(FxRobot robot) {
        WindowFixture.waitUntil(() -> robot.lookup(".auto-complete-popup").queryAll().stream()
                .anyMatch(n -> n instanceof ListView<?> l && l.isVisible() && !l.getItems().isEmpty()
                        && n.getScene().getWindow().isShowing()));
        return (ListView<String>) robot.lookup(".auto-complete-popup").queryAll().stream()
                .filter(n -> n instanceof ListView<?> l && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow();
    }

    /** How many rows of the popup are shown whole, and whether it needs a scroll bar. */
    private void assertAllRowsShownWhole(ListView<String> list, int rows) {
        WindowFixture.onFx(() -> {
            Bounds shown = list.localToScene(list.getLayoutBounds());
            long whole = list.lookupAll(".list-cell").stream()
                    .filter(n -> n instanceof ListCell<?> c && !c.isEmpty() && c.isVisible())
                    .map(n -> n.localToScene(n.getLayoutBounds()))
                    .filter(b -> b.getMinY() >= shown.getMinY() - 0.5 && b.getMaxY() <= shown.getMaxY() + 0.5)
                    .count();
            assertEquals(rows, whole, "rows shown whole in a popup of height " + shown.getHeight());
            for (Node n : list.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                    assertFalse(bar.isVisible(), "no scroll bar for " + rows + " suggestions");
                }
            }
            return null;
        });
    }

    @Test
    void suggestionsThatStartWithWhatIsTypedComeFirstAndAreAllShownWhole(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        speaker(robot, "Ali said no.", "Ali Khamenei");
        speaker(robot, "Hamas said yes.", "Hamas");
        speaker(robot, "Ismail said maybe.", "Ismail Haniyeh");
        labelAndEnter(robot, "Someone said 40 died.", KeyCode.DIGIT1);
        robot.write("ha");
        ListView<String> list = popupList(robot);
        assertEquals(List.of("Hamas", "Ismail Haniyeh", "Ali Khamenei"), List.copyOf(list.getItems()),
                "the value that starts with it, then a word that does, then the rest");
        assertAllRowsShownWhole(list, 3);
    }

    @Test
    void aSingleSourceSuggestionIsShownWholeWithoutAScrollBar(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        labelAndEnter(robot, "40 died", KeyCode.DIGIT2);
        robot.interact(() -> robot.lookup("#attr-source").query().requestFocus());
        robot.write("Health ministry");
        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        labelAndEnter(robot, "Hamas said yes.", KeyCode.DIGIT2);
        robot.interact(() -> robot.lookup("#attr-source").query().requestFocus());
        robot.write("heal");
        ListView<String> list = popupList(robot);
        assertEquals(List.of("Health ministry"), List.copyOf(list.getItems()));
        assertAllRowsShownWhole(list, 1);
    }
}
