package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every dialog and panel the menus open, in the light and the dark theme: whole, readable, and worded right. */
@ExtendWith(ApplicationExtension.class)
class ReadableDialogsTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** The window showing a node with this id (a dialog's pane, a panel's root), waited for. */
    private static Stage showing(FxRobot robot, String id) {
        WindowFixture.waitUntil(() -> find(robot, id).isPresent());
        return find(robot, id).orElseThrow();
    }

    private static Optional<Stage> find(FxRobot robot, String id) {
        return onFx(() -> Window.getWindows().stream().filter(Window::isShowing).filter(Stage.class::isInstance)
                .map(Stage.class::cast).filter(w -> w.getScene() != null && w.getScene().getRoot().lookup(id) != null)
                .findFirst());
    }

    private static List<String> texts(Stage stage) {
        return onFx(() -> stage.getScene().getRoot().lookupAll(".label").stream().filter(Labeled.class::isInstance)
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null).toList());
    }

    /** The formats as the chooser lists them: name — description. */
    private static List<String> formats(FxRobot robot) {
        return onFx(() -> robot.lookup("#format-list .radio-button").queryAllAs(RadioButton.class).stream()
                .map(RadioButton::getText).filter(t -> t != null).toList());
    }

    private void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theExportAndImportChoosersDescribeEveryFormat(boolean dark, FxRobot robot) throws Exception {
        ReadableWindowTest.theme(robot, fx, dark);
        fx.open(ReadableWindowTest.article(fx));
        ctrl(robot, KeyCode.E);
        Stage export = showing(robot, "#format-dialog");
        ReadableWindowTest.assertReadable(export, "the export chooser");
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("File").clickOn("Import Annotations…");
        Stage importing = showing(robot, "#format-dialog");
        ReadableWindowTest.assertReadable(importing, "the import chooser");
        assertEquals(3, formats(robot).size(), formats(robot).toString());
        for (String format : formats(robot)) {
            String[] parts = format.split(" — ", 2);
            assertTrue(parts.length == 2 && !parts[1].equals(parts[0]) && parts[1].length() > 12,
                    "“" + format + "” says what the format is");
        }
        robot.type(KeyCode.ESCAPE);
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void aCombinedExportIsNamedAfterTheArticleAsTheOthersAre(boolean dark, FxRobot robot) throws Exception {
        ReadableWindowTest.theme(robot, fx, dark);
        fx.open(ReadableWindowTest.article(fx));
        List<String> suggested = new java.util.ArrayList<>();
        robot.interact(() -> fx.window.useChoosers((result, suggestion) -> {
            suggested.add(suggestion.getFileName().toString());
            return Optional.of(suggestion);
        }, (format, folder) -> Optional.empty()));
        for (String format : List.of("csv", "html", "jsonl", "w3c")) {
            ctrl(robot, KeyCode.E);
            showing(robot, "#format-dialog");
            robot.clickOn(robot.lookup("#format-list .radio-button").queryAllAs(RadioButton.class).stream()
                    .filter(c -> c.getText() != null && c.getText().startsWith(format + " — ")).findFirst().orElseThrow());
            robot.clickOn("OK");
            Stage summary = showing(robot, "#message-dialog");
            ReadableWindowTest.assertReadable(summary, "the summary of the " + format + " export");
            robot.clickOn("OK");
        }
        assertEquals(List.of("speech.csv", "speech.html", "speech.jsonl", "speech.jsonld"), suggested);
        assertTrue(Files.exists(dir.resolve("speech.csv")));
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theAnnotatorDialogOpensWithTheNameInUse(boolean dark, FxRobot robot) {
        ReadableWindowTest.theme(robot, fx, dark);
        robot.clickOn("File").clickOn("Annotator Name…");
        Stage dialog = showing(robot, "#annotator-dialog");
        ReadableWindowTest.assertReadable(dialog, "the annotator dialog");
        TextField name = (TextField) dialog.getScene().getRoot().lookup("#annotator-dialog .text-field");
        assertEquals(System.getProperty("user.name"), name.getText(), "the name new annotations are made by");
        robot.type(KeyCode.ESCAPE);
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void statisticsShortcutsAndTheReviewPanelAreReadable(boolean dark, FxRobot robot) throws Exception {
        ReadableWindowTest.theme(robot, fx, dark);
        fx.open(ReadableWindowTest.article(fx));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.F9);
        Stage stats = showing(robot, "#stats-progress");
        ReadableWindowTest.assertReadable(stats, "the statistics");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.F1);
        Stage keys = showing(robot, "#shortcuts-overlay");
        ReadableWindowTest.assertReadable(keys, "the keyboard shortcuts");
        robot.type(KeyCode.ESCAPE);

        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.F7);
        Stage review = showing(robot, "#review-panel");
        ReadableWindowTest.assertReadable(review, "the review panel");
        robot.interact(review::hide);
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theQuestionsBeforeASaveAreReadableAndWordedRight(boolean dark, FxRobot robot) throws Exception {
        ReadableWindowTest.theme(robot, fx, dark);
        Path article = ReadableWindowTest.article(fx);
        fx.open(article);
        robot.interact(() -> fx.table(robot).requestFocus());
        robot.interact(() -> fx.table(robot).select(0));
        robot.type(KeyCode.DIGIT4); // relabel: unsaved work
        ctrl(robot, KeyCode.Q);
        Stage save = showing(robot, "#save-changes-dialog");
        ReadableWindowTest.assertReadable(save, "Save / Don't Save / Cancel");
        robot.clickOn("Cancel");

        Path sidecar = SidecarStore.sidecarFor(article);
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"tester\"", "\"someone else\""));
        Files.setLastModifiedTime(sidecar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        ctrl(robot, KeyCode.S);
        Stage changed = showing(robot, "#changed-on-disk-dialog");
        ReadableWindowTest.assertReadable(changed, "the question before replacing a changed sidecar");
        for (String text : texts(changed)) {
            assertFalse(text.contains("…."), "“" + text + "”");
        }
        robot.clickOn("Save Mine");

        robot.clickOn("File").clickOn("Restore Previous Version…");
        Stage versions = showing(robot, "#versions-dialog");
        ReadableWindowTest.assertReadable(versions, "the previous versions");
        robot.type(KeyCode.ESCAPE);
    }
}
