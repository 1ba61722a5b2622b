package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
import org.factmark.claims.ClaimIndex;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Seen before" in the window: the matches of the selected assertion, its verdict copied, the match opened. */
@ExtendWith(ApplicationExtension.class)
class SeenBeforeTest {
    private static final String TODAY = "Breaking. 1,200 people were killed in the attack, the ministry said. "
            + "The mayor spoke.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** Writes an article and a sidecar with one annotation of {@code label} on {@code span}. */
    private Path article(String name, String text, String label, String span, Map<String, Object> attributes)
            throws Exception {
        Path article = fx.write(name, text);
        ArticleText read = ArticleLoader.fromString(name, text);
        int start = text.indexOf(span);
        Files.write(dir.resolve(name + ".annotations.json"), SidecarWriter.write(new SidecarContent(read, List.of(
                new Annotation(name + "-1", label, start, start + span.length(), attributes, "", "", "", "",
                        Map.of())), List.of(), Map.of(), Map.of())));
        return article;
    }

    @SuppressWarnings("unchecked")
    private ListView<ClaimIndex.Match> matches(FxRobot robot) {
        return robot.lookup("#seen-before-list").queryAs(ListView.class);
    }

    @Test
    void showsTheMatchesCopiesTheVerdictUndoablyAndOpensTheMatchedArticle(FxRobot robot) throws Exception {
        Map<String, Object> checked = new LinkedHashMap<>();
        checked.put("claimant", "Ministry");
        checked.put("verdict", "false");
        checked.put("explanation", "The toll was of Israelis, not of people in Gaza.");
        checked.put("evidence", List.of("https://example.org/toll"));
        article("yesterday.txt", "The ministry says the attack killed 1,200.", "assertion",
                "the attack killed 1,200", checked);
        article("other.txt", "Officials say 12,000 people were killed in the attack.", "assertion",
                "12,000 people were killed in the attack", Map.of("verdict", "accurate"));
        Path today = article("today.txt", TODAY, "assertion",
                "1,200 people were killed in the attack, the ministry said", Map.of("claimant", "Ministry"));
        fx.open(today);
        Label message = robot.lookup("#seen-before-message").queryAs(Label.class);
        WindowFixture.waitUntil(() -> WindowFixture.onFx(() -> message.getText().startsWith("Select an assertion")));

        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.N);
        WindowFixture.waitUntil(() -> WindowFixture.onFx(() -> matches(robot).getItems().size() == 1));
        List<String> shown = new ArrayList<>();
        for (ClaimIndex.Match m : matches(robot).getItems()) {
            shown.add(m.claim().article().getFileName() + " " + m.claim().verdict());
        }
        assertEquals(List.of("yesterday.txt false"), shown, "12,000 killed is another claim");

        robot.type(KeyCode.F8);
        robot.type(KeyCode.V);
        Annotation copied = fx.window.document().annotations().all().iterator().next();
        assertEquals("false", copied.attributes().get("verdict"));
        assertEquals("The toll was of Israelis, not of people in Gaza.", copied.attributes().get("explanation"));
        assertEquals(List.of("https://example.org/toll"), copied.attributes().get("evidence"));
        assertEquals("Ministry", copied.attributes().get("claimant"), "the other details are kept");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        Annotation undone = fx.window.document().annotations().all().iterator().next();
        assertFalse(undone.attributes().containsKey("verdict"), "one undo takes the whole copy back");
        assertFalse(undone.attributes().containsKey("evidence"));

        robot.interact(() -> matches(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        fx.filesSettled();
        assertTrue(fx.window.document().articlePath().endsWith("yesterday.txt"),
                fx.window.document().articlePath().toString());
    }

    @Test
    void sayWhyThereIsNothingToShow(FxRobot robot) throws Exception {
        Path today = article("today.txt", TODAY, "figure", "1,200 people", Map.of());
        fx.open(today);
        Label message = robot.lookup("#seen-before-message").queryAs(Label.class);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.N);
        WindowFixture.waitUntil(() -> WindowFixture.onFx(() -> message.getText().startsWith("Select an assertion or a quote")));
        assertTrue(matches(robot).getItems().isEmpty());

        Path alone = article("alone.txt", "The mayor said the bridge was safe.", "assertion", "the bridge was safe",
                Map.of());
        fx.open(alone);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.N);
        WindowFixture.waitUntil(() -> WindowFixture.onFx(() -> message.getText().startsWith("Nothing like this")));
        assertTrue(message.getText().contains("this article's own left out"), message.getText());
    }
}
