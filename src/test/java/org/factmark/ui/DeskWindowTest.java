package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.factmark.ui.WindowFixture.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factmark.desk.DeskEntry;
import org.factmark.desk.DeskFolders;
import org.factmark.model.DocumentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The desk in the real window: a folder listed beside the text, moved through with keys, statuses set. */
@ExtendWith(ApplicationExtension.class)
class DeskWindowTest {
    @TempDir
    Path dir;
    private WindowFixture fx;
    private Path folder;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void makeFolder() throws Exception {
        folder = Files.createDirectories(dir.resolve("articles"));
        DeskFolders.article(folder, "a-budget.txt", new Random(1), 6,
                DeskFolders.source("Council passes budget", "The Courier", "2024-05-02"),
                new DocumentStatus("checked", "Ana", "2026-12-01T10:00:00Z"));
        DeskFolders.article(folder, "b-floods.txt", new Random(2), 4,
                DeskFolders.source("Floods in the valley", "Valley News", "2024-06-11"), null);
        Files.writeString(folder.resolve("c-plain.txt"), "Nothing annotated yet.\n");
        Files.writeString(folder.resolve("d-broken.txt"), "Text.\n");
        Files.writeString(folder.resolve("d-broken.txt.annotations.json"), "{ not json");
    }

    @SuppressWarnings("unchecked")
    private TableView<DeskEntry> list(FxRobot robot) {
        return robot.lookup("#desk-list").queryAs(TableView.class);
    }

    private void openFolder(FxRobot robot) {
        robot.interact(() -> fx.window.open(folder));
        waitUntil(() -> onFx(() -> list(robot).getItems().size() == 4));
    }

    private String progress(FxRobot robot) {
        return onFx(() -> robot.lookup("#desk-progress").queryAs(Label.class).getText());
    }

    @Test
    void aFolderIsListedWithTitlesCountsStatusesAndItsProblems(FxRobot robot) throws Exception {
        makeFolder();
        openFolder(robot);
        List<DeskEntry> rows = onFx(() -> List.copyOf(list(robot).getItems()));
        assertEquals(List.of("Council passes budget", "Floods in the valley", "c-plain.txt", "d-broken.txt"),
                rows.stream().map(DeskEntry::shownTitle).toList());
        assertEquals(6, rows.get(0).annotations());
        assertTrue(rows.get(3).problem().startsWith("its sidecar is broken"), rows.get(3).problem());
        assertEquals("1 of 3 checked · 1 cannot be read", progress(robot));

        robot.interact(() -> robot.lookup("#desk-filter").queryAs(TextField.class).setText("valley"));
        assertEquals(1, onFx(() -> list(robot).getItems().size()));
        assertEquals("1 of 3 checked · 1 cannot be read · showing 1", progress(robot));
    }

    @Test
    void arrowKeysMoveThroughTheArticlesOpeningEach(FxRobot robot) throws Exception {
        makeFolder();
        openFolder(robot);
        robot.interact(() -> {
            list(robot).requestFocus();
            list(robot).getSelectionModel().select(0);
            list(robot).getFocusModel().focus(0);
        });
        waitUntil(() -> onFx(() -> fx.window.document() != null
                && fx.window.document().articlePath().endsWith("a-budget.txt")));
        robot.type(KeyCode.DOWN);
        waitUntil(() -> onFx(() -> fx.window.document().articlePath().endsWith("b-floods.txt")));
        robot.type(KeyCode.DOWN);
        waitUntil(() -> onFx(() -> fx.window.document().articlePath().endsWith("c-plain.txt")));
        robot.type(KeyCode.DOWN);
        waitUntil(() -> onFx(() -> robot.lookup("#desk-problem").queryAs(Label.class).isVisible()));
        assertTrue(fx.window.document().articlePath().endsWith("c-plain.txt"), "a broken file is not opened");
    }

    @Test
    void theStatusIsSetForTheOpenArticleUndoneWithCtrlZAndSavedInItsSidecar(FxRobot robot) throws Exception {
        makeFolder();
        openFolder(robot);
        fx.open(folder.resolve("b-floods.txt"));
        ComboBox<?> status = robot.lookup("#desk-article-status").queryAs(ComboBox.class);
        assertEquals("in progress", onFx(status::getValue));
        robot.interact(() -> ((ComboBox<String>) (ComboBox<?>) status).getSelectionModel().select("checked"));
        assertEquals("checked", onFx(() -> fx.window.document().snapshot().status().value()));
        assertTrue(onFx(() -> fx.window.document().isDirty()));

        robot.interact(() -> fx.area(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertNull(onFx(() -> fx.window.document().snapshot().status()));
        assertEquals("in progress", onFx(status::getValue));

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        waitUntil(() -> onFx(() -> progress(robot).startsWith("2 of 3 checked")));
        assertTrue(Files.readString(folder.resolve("b-floods.txt.annotations.json")).contains("\"value\": \"checked\""));
    }

    @Test
    void aFileAddedToTheFolderJoinsTheListAndF9ShowsTheFolderFigures(FxRobot robot) throws Exception {
        makeFolder();
        openFolder(robot);
        Files.createDirectories(folder.resolve("later"));
        Files.writeString(folder.resolve("later/e-new.txt"), "Arrived while the desk was open.\n");
        waitUntil(() -> onFx(() -> list(robot).getItems().size() == 5));
        assertFalse(Files.exists(folder.resolve("later/e-new.txt.annotations.json")), "the desk wrote nothing");

        robot.type(KeyCode.F9);
        waitUntil(() -> onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().lookup("#folder-stats-heading") != null)));
        String heading = onFx(() -> Window.getWindows().stream().map(w -> w.getScene().lookup("#folder-stats-heading"))
                .filter(java.util.Objects::nonNull).map(n -> ((Label) n).getText()).findFirst().orElseThrow());
        assertTrue(heading.startsWith("4 articles · 1 of 4 checked · 10 annotations"), heading);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != fx.stage)
                .forEach(Window::hide));
    }
}
