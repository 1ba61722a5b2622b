package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.prefs.Preferences;
import org.factmark.sidecar.SidecarStore;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first ClaimReview export asks once for the name to publish under and remembers it; the annotator's name
 * (the login name by default) is never published as the author.
 */
@ExtendWith(ApplicationExtension.class)
class PublishUnderTest {
    private static final String TEXT = "Officials said 1,200 people died. Later 300 fled.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void theFirstClaimReviewExportAsksForTheNameAndTheNextUsesIt(FxRobot robot) throws Exception {
        Path article = fx.write("a.txt", TEXT);
        ArticleText text = ArticleLoader.fromString("a.txt", TEXT);
        int at = TEXT.indexOf("1,200 people died");
        Files.write(SidecarStore.sidecarFor(article), SidecarWriter.write(new SidecarContent(text, List.of(
                new Annotation("a1", "assertion", at, at + 17, Map.of("claimant", "Officials", "verdict", "false"),
                        "", "login-name", "2026-11-24T09:00:00Z", "2026-11-24T09:00:00Z", Map.of())),
                List.of(), Map.of(), Map.of())));
        fx.open(article);
        Path target = dir.resolve("out.claimreview.jsonld");
        robot.interact(() -> fx.window.useChoosers((result, folder) -> Optional.of(target),
                (format, folder) -> Optional.empty()));

        export(robot);
        assertTrue(robot.lookup("#publisher-dialog").tryQuery().isPresent(), "the name is asked for");
        robot.clickOn("#publisher-dialog .text-field").write("Fact Desk");
        robot.clickOn("OK");
        String first = Files.readString(target);
        assertTrue(first.contains("\"name\": \"Fact Desk\""), first);
        assertFalse(first.contains("login-name"), first);
        robot.clickOn("OK");
        assertTrue(new Preferences(dir.resolve("app-data/preferences.json")).publisher().equals("Fact Desk"));

        Files.delete(target);
        export(robot);
        assertFalse(robot.lookup("#publisher-dialog").tryQuery().isPresent(), "asked once only");
        assertTrue(Files.readString(target).contains("\"name\": \"Fact Desk\""));
        robot.clickOn("OK");
    }

    private static void export(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        robot.clickOn(robot.lookup("#format-list .radio-button").queryAllAs(javafx.scene.control.RadioButton.class)
                .stream().filter(b -> b.getText() != null && b.getText().startsWith("claimreview — ")).findFirst()
                .orElseThrow());
        robot.clickOn("OK");
    }
}
