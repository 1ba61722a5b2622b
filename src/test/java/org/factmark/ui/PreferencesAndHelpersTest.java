package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.prefs.Preferences;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Suggestions, the hover card, text size and the annotator's name. */
@ExtendWith(ApplicationExtension.class)
class PreferencesAndHelpersTest {
    private static final String TEXT = "Ali Khamenei said Israel failed. Khamenei also said 40 drones flew.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** The article with one quote whose speaker is already known, and a figure with a note. */
    private void openAnnotated() throws Exception {
        ArticleText article = ArticleLoader.fromString("speech.txt", TEXT);
        int said = TEXT.indexOf("said Israel failed");
        int drones = TEXT.indexOf("40 drones");
        List<Annotation> annotations = List.of(
                new Annotation("q1", "quote", said, said + "said Israel failed".length(),
                        Map.of("speaker", "Ali Khamenei"), "", "", "", "", Map.of()),
                new Annotation("f1", "figure", drones, drones + "40 drones".length(),
                        Map.of("value", 40L, "unit", "drones"), "Unconfirmed count.", "", "", "", Map.of()));
        Files.write(dir.resolve("speech.txt.annotations.json"), SidecarWriter.write(
                new SidecarContent(article, annotations, List.of(), Map.of(), Map.of())));
        fx.open(fx.write("speech.txt", TEXT));
    }

    @Test
    void speakersAlreadyUsedAreSuggested(FxRobot robot) throws Exception {
        openAnnotated();
        int also = TEXT.indexOf("also said");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(also, also + "also said".length()));
        robot.type(KeyCode.DIGIT1, KeyCode.ENTER);
        robot.write("khame");
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn(robot.lookup(".auto-complete-popup .list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Ali Khamenei")).queryLabeled());
        robot.type(KeyCode.ENTER);
        assertEquals("Ali Khamenei", ((TextField) robot.lookup("#attr-speaker").query()).getText());
        Annotation quote = fx.rows(robot).stream().filter(a -> a.start() == also).findFirst().orElseThrow();
        assertEquals("Ali Khamenei", quote.attributes().get("speaker"));
    }

    @Test
    void restingOnAHighlightShowsItsDetailsAndNote(FxRobot robot) throws Exception {
        openAnnotated();
        robot.moveTo(fx.pointOnChar(robot, TEXT.indexOf("drones") + 2));
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Label card = robot.lookup("#hover-details").queryAs(Label.class);
        assertTrue(card.isVisible() && card.getScene().getWindow().isShowing());
        assertTrue(card.getText().startsWith("Figure") && card.getText().contains("Value: 40")
                && card.getText().contains("Note: Unconfirmed count."), card.getText());
    }

    @Test
    void textSizeAndTheAnnotatorsNameAreRemembered(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", TEXT));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertTrue(fx.area(robot).getStyle().contains("-fx-font-size: 19.0px"), fx.area(robot).getStyle());
        Preferences stored = new Preferences(dir.resolve("app-data/preferences.json"));
        assertEquals(19, stored.values().fontSize());

        robot.clickOn("File").clickOn("Annotator Name…");
        WaitForAsyncUtils.waitForFxEvents();
        // the box opens with the name in use (the login name): select it all, then type the new one
        robot.clickOn(".dialog-pane .text-field").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Dana Reporter");
        robot.clickOn("OK");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(0, 12));
        robot.type(KeyCode.DIGIT1);
        assertEquals("Dana Reporter", fx.rows(robot).get(0).creator());
        assertEquals("Dana Reporter", new Preferences(dir.resolve("app-data/preferences.json")).annotator());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertTrue(fx.area(robot).getStyle().contains("-fx-font-size: 17.0px"));
    }
}
