package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
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

/** Bad input gets a clear message naming the file, the window stays up, and nothing is lost. */
@ExtendWith(ApplicationExtension.class)
class BadInputTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private static String dialogText(FxRobot robot) {
        return robot.lookup("#message-dialog .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void aBrokenSidecarIsReportedTheArticleOpensAndTheFileIsKeptOnSave(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        String broken = "{\"format\": \"factmark.annotations\", \"version\": 1,\n  \"annotations\": [oops]}";
        Files.writeString(dir.resolve("speech.txt.annotations.json"), broken);
        fx.open(article);
        String message = dialogText(robot);
        assertTrue(message.contains("speech.txt.annotations.json") && message.contains("line 2, column"), message);
        robot.clickOn("OK");
        assertEquals(TEXT, fx.area(robot).getText(), "the article opened anyway");

        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(0, "Officials said".length()));
        robot.type(KeyCode.DIGIT1);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> robot.lookup("#message-dialog").tryQuery().isPresent());
        assertTrue(dialogText(robot).contains(".broken-"), dialogText(robot));
        robot.clickOn("OK");

        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("speech.txt.annotations.json.broken-"))
                    .findFirst().orElseThrow();
            assertEquals(broken, Files.readString(kept), "the unreadable file is kept byte for byte");
        }
        assertTrue(Files.readString(dir.resolve("speech.txt.annotations.json")).contains("\"Officials said\""));
    }

    @Test
    void anEditedArticleTellsWhatBecameOfItsAnnotations(FxRobot robot) throws Exception {
        ArticleText before = ArticleLoader.fromString("speech.txt", TEXT);
        int figure = TEXT.indexOf("1,200 people");
        int denied = TEXT.indexOf("denied");
        List<Annotation> annotations = List.of(
                new Annotation("f", "figure", figure, figure + 12, null, null, null, null, null, null),
                new Annotation("d", "event", denied, denied + 6, null, null, null, null, null, null));
        Files.write(dir.resolve("speech.txt.annotations.json"), SidecarWriter.write(
                new SidecarContent(before, annotations, List.of(), java.util.Map.of(), java.util.Map.of())));
        String edited = "Update: " + TEXT.replace("denied", "rejected");
        fx.open(fx.write("speech.txt", edited));

        String message = dialogText(robot);
        assertTrue(message.contains("Found again elsewhere: 1") && message.contains("Not found: 1")
                && message.contains("event “denied”"), message);
        robot.clickOn("OK");
        assertTrue(robot.lookup("#review-list").tryQuery().isPresent(), "the review panel lists what to check");
        robot.type(KeyCode.ESCAPE); // closes it
        List<Annotation> rows = fx.rows(robot);
        assertEquals(1, rows.size());
        assertEquals("1,200 people", edited.substring(rows.get(0).start(), rows.get(0).end()));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        String saved = Files.readString(dir.resolve("speech.txt.annotations.json"), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"orphans\": [") && saved.contains("\"text\": \"denied\""),
                "the annotation that was not found is kept in the file");
    }

    @Test
    void anArticleThatIsNotUtf8OpensAsWindows1252WithAVisibleNotice(FxRobot robot) throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Caf\u00e9 \u20ac5".getBytes("windows-1252"));
        fx.open(latin1);
        String message = dialogText(robot);
        assertTrue(message.contains("latin1.txt") && message.contains("windows-1252"), message);
        robot.clickOn("OK");
        assertEquals("Café €5", fx.area(robot).getText());
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(5, 7));
        robot.type(KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        String saved = Files.readString(dir.resolve("latin1.txt.annotations.json"));
        assertTrue(saved.contains("\"encoding\": \"windows-1252\"") && saved.contains("\"text\": \"€5\""), saved);
        assertEquals("Caf\u00e9 \u20ac5", new String(Files.readAllBytes(latin1), "windows-1252"), "the article is untouched");
    }

    @Test
    void aBinaryFileIsRefusedAndTheOpenArticleStays(FxRobot robot) throws Exception {
        fx.open(fx.write("good.txt", TEXT));
        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        fx.open(png);
        String message = dialogText(robot);
        assertTrue(message.contains("photo.png") && message.contains("binary"), message);
        robot.clickOn("OK");
        assertEquals("good.txt — Factmark", fx.stage.getTitle());
        assertEquals(TEXT, fx.area(robot).getText());
    }

    @Test
    void anEmptyArticleOpens(FxRobot robot) throws Exception {
        fx.open(fx.write("empty.txt", ""));
        assertEquals("empty.txt — Factmark", fx.stage.getTitle());
        assertEquals("", fx.area(robot).getText());
    }
}
