package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.recovery.WorkStore;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Unsaved work survives a crash; earlier versions come back; others' changes are never overwritten silently. */
@ExtendWith(ApplicationExtension.class)
class NeverLoseWorkTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private WorkStore store() {
        return new WorkStore(dir.resolve("app-data"));
    }

    private void label(FxRobot robot, String words, KeyCode key) {
        int at = TEXT.indexOf(words);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + words.length()));
        robot.type(key, KeyCode.ESCAPE);
    }

    /** A second window on the same application data, as after a restart. */
    private WindowFixture restart(FxRobot robot) throws Exception {
        WindowFixture[] second = new WindowFixture[1];
        robot.interact(() -> second[0] = new WindowFixture(new Stage(), dir));
        return second[0];
    }

    @Test
    void unsavedWorkIsOfferedBackAfterACrash(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        WindowFixture.waitUntil(() -> store().recovery(article).isPresent());
        assertTrue(Files.notExists(SidecarStore.sidecarFor(article)), "nothing was saved by the user");

        WindowFixture after = restart(robot); // the first window "crashed": it is simply never closed
        Platform.runLater(() -> after.window.open(article));
        WaitForAsyncUtils.waitForFxEvents();
        after.filesSettled();
        String question = robot.lookup("#recovery-dialog .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + " " + b);
        assertTrue(question.contains("1 annotation differs"), question);
        robot.clickOn("Restore");
        assertEquals(1, after.rows(robot).size());
        assertEquals("• speech.txt — Factmark", after.stage.getTitle(), "restored work is unsaved until saved");
        robot.interact(() -> after.stage.close());
    }

    @Test
    void discardingTheRecoveryOpensWhatWasSaved(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        WindowFixture.waitUntil(() -> store().recovery(article).isPresent());
        WindowFixture after = restart(robot);
        Platform.runLater(() -> after.window.open(article));
        WaitForAsyncUtils.waitForFxEvents();
        after.filesSettled();
        robot.clickOn("Discard");
        assertTrue(after.rows(robot).isEmpty());
        assertTrue(store().recovery(article).isEmpty());
        robot.interact(() -> after.stage.close());
    }

    @Test
    void savingRemovesTheRecoveryCopy(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        WindowFixture.waitUntil(() -> store().recovery(article).isPresent());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> store().recovery(article).isEmpty());
    }

    @Test
    void aPreviousVersionIsRestoredAsOneUndoableStep(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        label(robot, "The ministry denied it.", KeyCode.DIGIT3);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        assertEquals(2, fx.rows(robot).size());

        robot.clickOn("File").clickOn("Restore Previous Version…");
        String listed = robot.lookup("#versions-dialog .combo-box").queryAs(javafx.scene.control.ComboBox.class)
                .getValue().toString();
        assertTrue(listed.endsWith("1 annotations"), listed);
        robot.clickOn("OK");
        assertEquals(1, fx.rows(robot).size());
        assertEquals("figure", fx.rows(robot).get(0).label());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(2, fx.rows(robot).size());
    }

    @Test
    void aSidecarChangedByAnotherProgramIsNotOverwrittenWithoutAsking(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        Path sidecar = SidecarStore.sidecarFor(article);
        String theirs = Files.readString(sidecar).replace("\"note\": \"\"", "\"note\": \"from a colleague\"");
        Files.writeString(sidecar, theirs);
        label(robot, "The ministry denied it.", KeyCode.DIGIT3);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        assertTrue(robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        robot.clickOn("Cancel");
        assertEquals(theirs, Files.readString(sidecar), "cancel leaves their version");
        assertTrue(fx.stage.getTitle().startsWith("•"));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        robot.clickOn("Save Mine");
        fx.filesSettled();
        assertTrue(Files.readString(sidecar).contains("\"The ministry denied it.\""));
        assertEquals(theirs, Files.readString(store().versions(article).get(0).file()),
                "their version is kept as the latest previous version");
    }

    @Test
    void aChangeOnDiskShowsABannerAndReloadShowsTheOtherVersion(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        WaitForAsyncUtils.sleep(2500, TimeUnit.MILLISECONDS);
        assertTrue(!robot.lookup("#disk-banner").query().isVisible(), "our own save is not a change by others");

        Path sidecar = SidecarStore.sidecarFor(article);
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"label\": \"figure\"", "\"label\": \"event\""));
        Files.setLastModifiedTime(sidecar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        robot.clickOn("#disk-reload");
        assertEquals("event", fx.rows(robot).get(0).label(), "the version on disk is shown");
        assertTrue(!robot.lookup("#disk-banner").query().isVisible());
    }

    @Test
    void aLargeDocumentIsSavedInTheBackground(FxRobot robot) throws Exception {
        StringBuilder text = new StringBuilder();
        java.util.List<org.factmark.model.Annotation> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            int at = text.length();
            text.append("Report ").append(i).append(" counts ").append(i * 7).append(" people.\n");
            many.add(new org.factmark.model.Annotation("a" + i, "figure", at, at + 6, null, null, null, null,
                    null, null));
        }
        Path article = fx.write("big.txt", text.toString());
        org.factmark.model.ArticleText loaded = org.factmark.article.ArticleLoader.load(article);
        Files.write(SidecarStore.sidecarFor(article), org.factmark.sidecar.SidecarWriter.write(
                new org.factmark.model.SidecarContent(loaded, many, java.util.List.of(), java.util.Map.of(),
                        java.util.Map.of())));
        fx.open(article);
        int counts = text.indexOf("counts");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(counts, counts + 6));
        robot.type(KeyCode.DIGIT1);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> fx.stage.getTitle().equals("big.txt — Factmark"));
        assertTrue(Files.readString(SidecarStore.sidecarFor(article)).contains("\"text\": \"counts\""));
    }

    @Test
    void mergeAddsWhatAnotherWindowSavedAndKeepsMine(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        // another window adds an annotation and saves
        org.factmark.sidecar.OpenedDocument other = SidecarStore.open(article);
        java.util.List<org.factmark.model.Annotation> theirs = new java.util.ArrayList<>(other.content().annotations());
        int at = TEXT.indexOf("The ministry");
        theirs.add(new org.factmark.model.Annotation("theirs", "quote", at, TEXT.length(), null, "from them", null,
                null, null, null));
        Path sidecar = SidecarStore.sidecarFor(article);
        Files.write(sidecar, org.factmark.sidecar.SidecarWriter.write(new org.factmark.model.SidecarContent(
                other.content().article(), theirs, java.util.List.of(), java.util.Map.of(), java.util.Map.of())));
        Files.setLastModifiedTime(sidecar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        label(robot, "Officials said", KeyCode.DIGIT1); // mine, unsaved
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        robot.clickOn("#disk-merge");
        assertEquals(3, fx.rows(robot).size(), "mine and theirs");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        fx.filesSettled();
        assertTrue(robot.lookup("#changed-on-disk-dialog").tryQuery().isEmpty(), "merged: no question");
        String saved = Files.readString(sidecar);
        assertTrue(saved.contains("\"from them\"") && saved.contains("\"text\": \"Officials said\""), saved);
    }
}
