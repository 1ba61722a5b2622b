package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Export… and File ▸ Import Annotations… from the keyboard; the system's file choosers are replaced. */
@ExtendWith(ApplicationExtension.class)
class ExportImportTest {
    private static final String TEXT = "Officials said 1,200 people died. Later 300 fled.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private String dialogText(FxRobot robot) {
        return robot.lookup("#message-dialog .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    private void chooseFormat(FxRobot robot, String name) {
        robot.clickOn(robot.lookup("#format-list .radio-button").queryAllAs(javafx.scene.control.RadioButton.class).stream()
                .filter(cell -> cell.getText() != null && cell.getText().startsWith(name + " — ")).findFirst()
                .orElseThrow());
        robot.clickOn("OK");
    }

    @Test
    void ctrlEExportsTheOpenAnnotationsIncludingUnsavedOnesAndSaysWhatWasLost(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int at = TEXT.indexOf("1,200 people");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + 12));
        robot.type(KeyCode.DIGIT2);
        Path target = dir.resolve("out.jsonl");
        robot.interact(() -> fx.window.useChoosers((result, folder) -> Optional.of(target),
                (format, folder) -> Optional.empty()));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        chooseFormat(robot, "jsonl");
        assertEquals("{\"text\": \"" + TEXT + "\", \"label\": [[15, 27, \"figure\"]]}\n", Files.readString(target));
        assertTrue(dialogText(robot).contains("Not carried:"), dialogText(robot));
        robot.clickOn("OK");
    }

    @Test
    void aFormatChosenWithTheArrowKeysIsTakenWithEnter(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int at = TEXT.indexOf("1,200 people");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + 12));
        robot.type(KeyCode.DIGIT2);
        Path target = dir.resolve("keys.jsonl");
        robot.interact(() -> fx.window.useChoosers((result, folder) -> Optional.of(target),
                (format, folder) -> Optional.empty()));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        for (int i = 0; i < 10 && !selectedFormat(robot).startsWith("jsonl — "); i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        assertEquals("{\"text\": \"" + TEXT + "\", \"label\": [[15, 27, \"figure\"]]}\n", Files.readString(target));
        robot.clickOn("OK");
    }

    private String selectedFormat(FxRobot robot) {
        return robot.lookup("#format-list .radio-button").queryAllAs(javafx.scene.control.RadioButton.class).stream()
                .filter(javafx.scene.control.RadioButton::isSelected).map(javafx.scene.control.RadioButton::getText)
                .findFirst().orElse("");
    }

    @Test
    void anExportToALinkToTheSidecarIsRefusedAndTheSidecarKept(FxRobot robot) throws Exception {
        Path article = fx.write("a.txt", TEXT);
        fx.open(article);
        int at = TEXT.indexOf("1,200 people");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + 12));
        robot.type(KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        Path sidecar = dir.resolve("a.txt.annotations.json");
        String saved = Files.readString(sidecar);
        Path link = Files.createSymbolicLink(dir.resolve("out.jsonl"), sidecar.getFileName());
        robot.interact(() -> fx.window.useChoosers((result, folder) -> Optional.of(link),
                (format, folder) -> Optional.empty()));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        chooseFormat(robot, "jsonl");
        assertTrue(dialogText(robot).contains("would write over"), dialogText(robot));
        robot.clickOn("OK");
        assertEquals(saved, Files.readString(sidecar), "the sidecar is unchanged");
    }

    @Test
    void importedAnnotationsJoinAsOneUndoableStep(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        Path source = Files.writeString(dir.resolve("in.jsonl"), "{\"text\": \"" + TEXT
                + "\", \"label\": [[15, 27, \"figure\"], [40, 43, \"figure\"], [0, 14, \"quote\"]]}\n");
        robot.interact(() -> fx.window.useChoosers((result, folder) -> Optional.empty(),
                (format, folder) -> Optional.of(source)));
        robot.clickOn("File").clickOn("Import Annotations…");
        chooseFormat(robot, "jsonl");
        assertTrue(dialogText(robot).contains("3 annotations imported"), dialogText(robot));
        robot.clickOn("OK");
        assertEquals(3, fx.rows(robot).size());
        assertEquals("• a.txt — Factmark", fx.stage.getTitle());
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(fx.rows(robot).isEmpty(), "one undo takes the whole import back");
    }
}
