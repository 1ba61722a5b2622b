package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Import Annotations…: one true count everywhere, differing annotations kept as conflicts, limits kept. */
@ExtendWith(ApplicationExtension.class)
class ImportMergeTest {
    private static final String TEXT = "Officials said 1,200 people died. Later 300 fled.";
    private static final ObjectMapper JSON = new ObjectMapper();
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

    private void importFrom(FxRobot robot, String format, Path source) {
        robot.interact(() -> fx.window.useChoosers((result, folder) -> Optional.empty(),
                (f, folder) -> Optional.of(source)));
        robot.clickOn("File").clickOn("Import Annotations…");
        robot.clickOn(robot.lookup("#format-list .radio-button").queryAllAs(javafx.scene.control.RadioButton.class)
                .stream().filter(b -> b.getText() != null && b.getText().startsWith(format + " — ")).findFirst()
                .orElseThrow());
        robot.clickOn("OK");
    }

    private static ObjectNode w3c(String id, String exact, String label, String details, String note) {
        ObjectNode a = JSON.createObjectNode().put("type", "Annotation").put("id", "urn:uuid:" + id);
        ArrayNode body = a.putArray("body");
        body.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", label);
        if (details != null) {
            body.addObject().put("type", "TextualBody").put("purpose", "describing")
                    .put("format", "application/json").put("value", details);
        }
        if (note != null) {
            body.addObject().put("type", "TextualBody").put("purpose", "commenting").put("value", note);
        }
        a.putObject("target").put("source", "a.txt").putArray("selector").addObject()
                .put("type", "TextQuoteSelector").put("exact", exact);
        return a;
    }

    private Path file(String name, ObjectNode... annotations) throws Exception {
        ArrayNode all = JSON.createArrayNode();
        for (ObjectNode a : annotations) {
            all.add(a);
        }
        return Files.writeString(dir.resolve(name), JSON.writeValueAsString(all));
    }

    private String statusText(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void theDialogTheStatusBarAndTheUndoStepGiveTheSameTrueCount(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        int at = TEXT.indexOf("1,200 people");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + 12));
        robot.type(KeyCode.DIGIT2, KeyCode.ESCAPE);
        Path source = Files.writeString(dir.resolve("in.jsonl"), "{\"text\": \"" + TEXT
                + "\", \"label\": [[15, 27, \"figure\"], [40, 43, \"figure\"], [0, 14, \"quote\"]]}\n");
        importFrom(robot, "jsonl", source);
        String said = dialogText(robot);
        assertTrue(said.contains("2 annotations imported") && said.contains("1 already here"), said);
        robot.clickOn("OK");
        assertTrue(statusText(robot).contains("2 annotations imported"), statusText(robot));
        assertEquals(Optional.of("Import 2 annotations"), fx.window.document().undoDescription());
        assertEquals(3, fx.rows(robot).size());
    }

    @Test
    void aDifferingAssertionOnTheSameSpanJoinsAsAConflictAndIsReported(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        String claim = "1,200 people died.";
        importFrom(robot, "w3c", file("mine.jsonld", w3c("00000000-0000-4000-8000-00000000000a", claim, "assertion",
                "{\"claimant\": \"officials\", \"verdict\": \"unrated\"}", null)));
        robot.clickOn("OK");
        importFrom(robot, "w3c", file("theirs.jsonld", w3c("00000000-0000-4000-8000-00000000000b", claim,
                "assertion", "{\"claimant\": \"officials\", \"verdict\": \"false\"}", "a colleague's note")));
        String said = dialogText(robot);
        assertTrue(said.contains("1 annotation imported") && said.contains("1 conflict")
                && !said.contains("already"), said);
        robot.clickOn("OK");
        assertEquals(2, fx.rows(robot).size());
        assertTrue(fx.rows(robot).stream().anyMatch(a -> a.note().equals("a colleague's note")));
    }

    @Test
    void anAnnotationASidecarCouldNotHoldIsNotImportedAndTheSavedFileOpens(FxRobot robot) throws Exception {
        Path article = fx.write("a.txt", TEXT);
        fx.open(article);
        String deep = "{\"source\": " + "[".repeat(100) + "]".repeat(100) + "}";
        importFrom(robot, "w3c", file("in.jsonld",
                w3c("00000000-0000-4000-8000-00000000000c", "1,200 people", "figure", deep, null),
                w3c("00000000-0000-4000-8000-00000000000d", "300", "figure", "{\"value\": 300}", null)));
        String said = dialogText(robot);
        assertTrue(said.contains("1 annotation imported") && said.contains("64"), said);
        robot.clickOn("OK");
        assertEquals(1, fx.rows(robot).size());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> !fx.stage.getTitle().startsWith("•"));
        assertTrue(SidecarStore.open(article).sidecarProblem().isEmpty(), "the saved sidecar reads back");
    }
}
