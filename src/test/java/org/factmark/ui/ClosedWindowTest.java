package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Once its window is gone, Factmark leaves the user's folders alone. */
@ExtendWith(ApplicationExtension.class)
class ClosedWindowTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private List<String> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aHiddenWindowWritesNoRecoveryCopyAfterwards(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", "About 1,200 people died."));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(6, 18));
        robot.type(KeyCode.DIGIT2);
        robot.interact(() -> fx.stage.hide());
        List<String> atClose = filesUnder(dir.resolve("app-data"));
        Thread.sleep(2_500); // longer than the recovery copy's delay after an edit
        assertEquals(atClose, filesUnder(dir.resolve("app-data")));
    }
}
