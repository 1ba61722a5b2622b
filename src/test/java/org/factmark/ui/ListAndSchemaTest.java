package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.ui.list.ListFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The list's filters and warnings, and a folder's own label schema. */
@ExtendWith(ApplicationExtension.class)
class ListAndSchemaTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void openSample() throws Exception {
        Path article = dir.resolve("khamenei-gaza-speech.txt");
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt"), article);
        Files.copy(Path.of("samples/khamenei-gaza-speech.txt.annotations.json"),
                dir.resolve("khamenei-gaza-speech.txt.annotations.json"));
        fx.open(article);
    }

    private List<Annotation> shown(FxRobot robot) {
        return List.copyOf(fx.table(robot).items());
    }

    @Test
    void theListFiltersByLabelVerdictAndText(FxRobot robot) throws Exception {
        openSample();
        int all = shown(robot).size();
        robot.interact(() -> combo(robot, "#filter-label").setValue("Assertion"));
        assertTrue(shown(robot).stream().allMatch(a -> a.label().equals("assertion")));
        assertEquals(shown(robot).size() + " of " + all, ((Label) robot.lookup("#filter-count").query()).getText());
        robot.interact(() -> combo(robot, "#filter-verdict").setValue("false"));
        assertTrue(!shown(robot).isEmpty() && shown(robot).stream()
                .allMatch(a -> "false".equals(a.attributes().get("verdict"))));
        robot.interact(() -> combo(robot, "#filter-label").setValue(ListFilter.ALL_LABELS));
        robot.interact(() -> combo(robot, "#filter-verdict").setValue(ListFilter.ANY_VERDICT));
        robot.clickOn("#filter-text").write("children");
        assertTrue(shown(robot).stream().anyMatch(a -> a.label().equals("figure")), "matches the text");
        assertTrue(shown(robot).size() < all);
        String figures = ((Label) robot.lookup("#count-figure").query()).getText();
        robot.type(KeyCode.DIGIT2);
        assertEquals(figures, ((Label) robot.lookup("#count-figure").query()).getText(),
                "digits typed in the filter never label anything");
    }

    @Test
    void annotationsMissingRequiredDetailsAreMarkedInTheList(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", "The minister said 40 people."));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(18, 27));
        robot.type(KeyCode.DIGIT2);
        assertTrue(robot.lookup("#annotation-list .warning-cell").tryQuery().isPresent(), "value is required");
        robot.type(KeyCode.ENTER);
        robot.write("40");
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#annotation-list .warning-cell").tryQuery().isEmpty(), "no longer missing");
    }

    @Test
    void aFolderSchemaAddsItsOwnLabelWithKeyAndColour(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("labels.json"), """
                {"format": "factmark.labels", "id": "newsroom", "version": 2, "extends": "factmark-default",
                 "labels": [{"id": "source", "name": "Source", "colour": "#56B4E9", "key": 5,
                             "attributes": [{"id": "outlet", "name": "Outlet", "type": "text", "required": true}]}]}""");
        String text = "According to Reuters, the talks failed.";
        fx.open(fx.write("a.txt", text));
        assertTrue(robot.lookup("#label-button-source").tryQuery().isPresent(), "a toolbar button for it");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(13, 20));
        robot.type(KeyCode.DIGIT5);
        assertEquals("source", fx.rows(robot).get(0).label());
        assertTrue(fx.area(robot).getStyleOfChar(14).contains("fm-source-l0"));
        assertTrue(robot.lookup("#attr-outlet").tryQuery().isPresent(), "its own details in the inspector");
        assertEquals("1 source", ((Label) robot.lookup("#count-source").query()).getText());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        assertTrue(Files.readString(dir.resolve("a.txt.annotations.json"))
                .contains("\"labelSchema\": {\n    \"id\": \"newsroom\",\n    \"version\": 2\n  }"));
    }

    @Test
    void aBrokenFolderSchemaIsReportedAndTheDefaultLabelsAreUsed(FxRobot robot) throws Exception {
        Files.writeString(dir.resolve("labels.json"), "{\"format\": \"factmark.labels\", \"id\": \"x\", \"version\": 1,"
                + " \"labels\": [{\"id\": \"q\", \"attributes\": [{\"id\": \"who\", \"type\": \"person\"}]}]}");
        fx.open(fx.write("a.txt", "Text."));
        String message = robot.lookup("#message-dialog .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        assertTrue(message.contains("labels.json") && message.contains("unknown attribute type \"person\""), message);
        robot.clickOn("OK");
        assertTrue(robot.lookup("#label-button-quote").tryQuery().isPresent(), "the default labels");
        assertEquals("a.txt — Factmark", fx.stage.getTitle());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }
}
