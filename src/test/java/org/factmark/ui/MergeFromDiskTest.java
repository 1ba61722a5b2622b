package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.OpenedDocument;
import org.factmark.sidecar.SidecarStore;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The banner's Merge brings in everything a colleague changed; a save never replaces their file unasked. */
@ExtendWith(ApplicationExtension.class)
class MergeFromDiskTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private void label(FxRobot robot, String words, KeyCode key) {
        int at = TEXT.indexOf(words);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + words.length()));
        robot.type(key, KeyCode.ESCAPE);
    }

    private void save(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    }

    /** Another program rewrites the sidecar: each annotation through {@code change}, then {@code added}. */
    private void colleague(Path article, java.util.function.UnaryOperator<Annotation> change, Annotation... added)
            throws Exception {
        OpenedDocument other = SidecarStore.open(article);
        List<Annotation> theirs = new ArrayList<>(other.content().annotations().stream().map(change).toList());
        theirs.addAll(List.of(added));
        Path sidecar = SidecarStore.sidecarFor(article);
        Files.write(sidecar, SidecarWriter.write(new SidecarContent(other.content().article(), theirs, List.of(),
                Map.of(), Map.of())));
        Files.setLastModifiedTime(sidecar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    }

    private static Annotation quote(String id, String words, String note) {
        int at = TEXT.indexOf(words);
        return new Annotation(id, "quote", at, at + words.length(), null, note, "colleague", null, null, null);
    }

    private String dialogText(FxRobot robot) {
        return robot.lookup("#message-dialog .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "\n" + b);
    }

    /** Waits for the recovery copy of the unsaved work, so nothing is still writing when the test's folder goes. */
    private void settle(Path article) {
        WindowFixture.waitUntil(() -> new org.factmark.recovery.WorkStore(dir.resolve("app-data")).recovery(article)
                .isPresent());
    }

    private Annotation row(FxRobot robot, String id) {
        return fx.rows(robot).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void mergeBringsInTheirChangedDetailsAndNoteAndTheirNewAnnotation(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        save(robot);
        fx.filesSettled();
        String figure = fx.rows(robot).get(0).id();
        colleague(article, a -> a.withAttributes(Map.of("value", 1200, "unit", "people"), "2026-12-01T10:00:00Z")
                .withNote("from a colleague", "2026-12-01T10:00:00Z"), quote("theirs", "The ministry denied it.", ""));
        label(robot, "Officials said", KeyCode.DIGIT1); // mine, unsaved
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        robot.clickOn("#disk-merge");

        assertEquals(3, fx.rows(robot).size(), "mine, their new one, and the one both have");
        assertEquals("from a colleague", row(robot, figure).note());
        assertEquals("people", row(robot, figure).attributes().get("unit"));
        save(robot);
        fx.filesSettled();
        assertTrue(robot.lookup("#changed-on-disk-dialog").tryQuery().isEmpty(), "merged: nothing to ask");
        String saved = Files.readString(SidecarStore.sidecarFor(article));
        assertTrue(saved.contains("\"from a colleague\"") && saved.contains("\"unit\": \"people\"")
                && saved.contains("\"text\": \"Officials said\"") && saved.contains("\"id\": \"theirs\""), saved);
    }

    @Test
    void aNoteChangedOnBothSidesKeepsMineAddsTheirsAndSaysSo(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        save(robot);
        fx.filesSettled();
        Annotation figure = fx.rows(robot).get(0);
        colleague(article, a -> a.withNote("theirs", "2026-12-01T10:00:00Z"));
        robot.interact(() -> fx.window.document().update("Note", List.of(figure.withNote("mine", ""))));
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        robot.clickOn("#disk-merge");

        assertEquals(List.of("mine", "theirs"), fx.rows(robot).stream().map(Annotation::note).sorted().toList());
        assertTrue(dialogText(robot).contains("could not be combined") && dialogText(robot).contains("note"),
                dialogText(robot));
        robot.clickOn("OK");
        settle(article);
    }

    @Test
    void aSaveAfterAMergeStillAsksWhenTheFileChangesAgain(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        save(robot);
        fx.filesSettled();
        colleague(article, a -> a, quote("first", "Officials said", ""));
        label(robot, "The ministry denied it.", KeyCode.DIGIT3);
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        robot.clickOn("#disk-merge");
        colleague(article, a -> a.withNote("again", "2026-12-01T11:00:00Z"));
        String theirs = Files.readString(SidecarStore.sidecarFor(article));
        save(robot);
        WindowFixture.waitUntil(() -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertEquals(theirs, Files.readString(SidecarStore.sidecarFor(article)));
        settle(article);
    }

    @Test
    void aSaveAsksWhenAnotherProgramWroteASidecarWhereThereWasNone(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        Path sidecar = SidecarStore.sidecarFor(article);
        Files.write(sidecar, SidecarWriter.write(new SidecarContent(org.factmark.article.ArticleLoader.load(article),
                List.of(quote("theirs", "Officials said", "theirs")), List.of(), Map.of(), Map.of())));
        String theirs = Files.readString(sidecar);
        save(robot);
        WindowFixture.waitUntil(() -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent(), "their new file is not replaced");
        robot.clickOn("Cancel");
        assertEquals(theirs, Files.readString(sidecar));
        settle(article);
    }

    @Test
    void aDeletedSidecarOffersReloadOrKeepMineButNoMerge(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        save(robot);
        fx.filesSettled();
        Files.delete(SidecarStore.sidecarFor(article));
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        assertTrue(!robot.lookup("#disk-merge").query().isVisible(), "nothing on disk to merge");
    }
}
