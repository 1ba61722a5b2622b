package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What a user sees change after a key press changes in the documented order: the title's unsaved mark
 * (model), the list's count (list), the highlights (view), the status bar's counts (counts), the inspector
 * (selection).
 */
@ExtendWith(ApplicationExtension.class)
class ChangeOrderTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;
    private final List<String> seen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** Records, in order, the first change of each part a user looks at. */
    private void watch(FxRobot robot) {
        robot.interact(() -> {
            fx.stage.titleProperty().addListener((obs, old, now) -> saw("model"));
            robot.lookup("#filter-count").queryAs(Label.class).textProperty()
                    .addListener((obs, old, now) -> saw("list"));
            fx.area(robot).richChanges().subscribe(change -> saw("view"));
            robot.lookup("#count-figure").queryAs(Label.class).textProperty()
                    .addListener((obs, old, now) -> saw("counts"));
            robot.lookup("#inspector-title").queryAs(Label.class).textProperty()
                    .addListener((obs, old, now) -> saw("selection"));
        });
    }

    private void saw(String part) {
        if (!seen.contains(part)) {
            seen.add(part);
        }
    }

    @Test
    void labellingChangesTheWindowInTheDocumentedOrder(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int at = TEXT.indexOf("1,200 people");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + "1,200 people".length()));
        watch(robot);
        robot.type(KeyCode.DIGIT2);
        assertEquals(List.of("model", "list", "view", "counts", "selection"), seen);
    }

    @Test
    void undoChangesTheWindowInTheDocumentedOrder(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int at = TEXT.indexOf("1,200 people");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + "1,200 people".length()));
        robot.type(KeyCode.DIGIT2);
        watch(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of("model", "list", "view", "counts", "selection"), seen,
                "the undo takes the figure away: the title loses its mark, then list, text, counts, inspector");
    }
}
