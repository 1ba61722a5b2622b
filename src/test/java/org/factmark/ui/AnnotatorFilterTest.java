package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.ui.list.ListFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Who did what in the window: the list filters by annotator, offered once there are two. */
@ExtendWith(ApplicationExtension.class)
class AnnotatorFilterTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private Path article(int byBob) throws Exception {
        Path article = Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), dir.resolve("speech.txt"));
        String sidecar = Files.readString(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"));
        for (int i = 0; i < byBob; i++) {
            sidecar = sidecar.replaceFirst("\"creator\": \"Factmark sample\"", "\"creator\": \"bob\"");
        }
        Files.writeString(dir.resolve("speech.txt.annotations.json"), sidecar);
        return article;
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> creators(FxRobot robot) {
        return (ComboBox<String>) robot.lookup("#filter-creator").query();
    }

    @Test
    void theListShowsOneAnnotatorsAnnotations(FxRobot robot) throws Exception {
        fx.open(article(4));
        assertTrue(creators(robot).isVisible());
        assertEquals(List.of(ListFilter.EVERYONE, "Factmark sample", "bob"), creators(robot).getItems());
        robot.interact(() -> creators(robot).setValue("bob"));
        List<Annotation> shown = List.copyOf(fx.table(robot).items());
        assertEquals(4, shown.size());
        assertTrue(shown.stream().allMatch(a -> a.creator().equals("bob")));
        assertEquals("4 of 39", ((Label) robot.lookup("#filter-count").query()).getText());
        robot.interact(() -> creators(robot).setValue(ListFilter.EVERYONE));
        assertEquals(39, fx.table(robot).items().size());
    }

    @Test
    void oneAnnotatorAloneIsNoChoice(FxRobot robot) throws Exception {
        fx.open(article(0));
        assertFalse(creators(robot).isVisible());
    }
}
