package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.factmark.sidecar.SidecarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every open and every save, whatever the size, is done off the JavaFX thread: the window keeps answering while
 * files are read and written, and shows the outcome when it is ready. The file thread is held here where a test
 * needs to see the window in the middle of an open or a save.
 */
@ExtendWith(ApplicationExtension.class)
class OffThreadFilesTest {
    private static final String TEXT = "Officials said 1,200 people died. The ministry denied it.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** A file thread that runs nothing until the test lets it, each task then on a thread of its own. */
    private static final class HeldFileThread implements Executor {
        private final BlockingQueue<Runnable> held = new LinkedBlockingQueue<>();
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public void execute(Runnable task) {
            asked.incrementAndGet();
            held.add(task);
        }

        /** Lets the oldest held task run, and waits until it has and the window has taken in its outcome. */
        void releaseOne() throws InterruptedException {
            runOne();
            WaitForAsyncUtils.waitForFxEvents();
        }

        /** Lets the oldest held task run on a thread of its own, and waits until it has. */
        void runOne() throws InterruptedException {
            Runnable task = held.poll(5, TimeUnit.SECONDS);
            assertNotNull(task, "nothing was handed to the file thread");
            Thread thread = new Thread(task, "held-file-thread");
            thread.start();
            thread.join(TimeUnit.SECONDS.toMillis(30));
        }
    }

    private HeldFileThread holdFileThread() {
        HeldFileThread held = new HeldFileThread();
        WindowFixture.onFx(() -> {
            fx.window.fileWorkOn(held);
            return null;
        });
        return held;
    }

    private void label(FxRobot robot, String words, KeyCode key) {
        int at = TEXT.indexOf(words);
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + words.length()));
        robot.type(key, KeyCode.ESCAPE);
    }

    private static void ctrlS(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
    }

    private String sidecar(Path article) throws Exception {
        Path sidecar = SidecarStore.sidecarFor(article);
        return Files.exists(sidecar) ? Files.readString(sidecar) : "";
    }

    @Test
    void aSmallArticleIsShownOnlyAfterTheWindowWentBackToItsEvents(FxRobot robot) throws Exception {
        fx.open(fx.write("first.txt", "The first article."));
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 100_000; i++) {
            text.append("Paragraph ").append(i).append(" says that ").append(i * 11).append(" people left.\n\n");
        }
        Path article = fx.write("second.txt", text.toString());
        boolean stillTheFirst = WindowFixture.onFx(() -> {
            var before = fx.window.document();
            fx.window.open(article);
            return fx.window.document() == before;
        });
        assertTrue(stillTheFirst, "the 100 KB article was read on the JavaFX thread, which could not answer meanwhile");
        WindowFixture.waitUntil(() -> WindowFixture.onFx(() -> fx.area(robot).getLength() == text.length()));
        assertEquals("second.txt — Factmark", fx.stage.getTitle());
    }

    @Test
    void aSlowOpenShowsProgressAndCancelKeepsTheOpenArticle(FxRobot robot) throws Exception {
        fx.open(fx.write("first.txt", "The first article."));
        HeldFileThread held = holdFileThread();
        Path second = fx.write("second.txt", "The second article.");
        boolean quietAtFirst = WindowFixture.onFx(() -> {
            fx.window.open(second);
            return robot.lookup("#progress-cancel").tryQuery().isEmpty();
        });
        assertTrue(quietAtFirst, "no progress flickers for an open that may take a moment only");
        WindowFixture.waitUntil(() -> robot.lookup("#progress-cancel").tryQuery().isPresent());
        assertTrue(((Label) robot.lookup("#status-message").query()).getText().startsWith("Opening second.txt"));
        robot.clickOn("#progress-cancel");
        held.releaseOne();
        assertEquals("first.txt — Factmark", fx.stage.getTitle(), "a cancelled open changes nothing");
        assertEquals("The first article.", fx.area(robot).getText());
        assertEquals("Opening cancelled; nothing changed",
                ((Label) robot.lookup("#status-message").query()).getText());
    }

    @Test
    void aSmallDocumentIsWrittenOffTheJavaFxThread(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        HeldFileThread held = holdFileThread();
        ctrlS(robot);
        assertEquals(1, held.asked.get(), "the save was handed to the file thread");
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle(), "not saved until it is on disk");
        assertEquals("", sidecar(article));
        label(robot, "The ministry", KeyCode.DIGIT1); // the window answers while the file thread is busy
        held.releaseOne();
        assertTrue(sidecar(article).contains("\"text\": \"1,200 people\""));
        assertFalse(sidecar(article).contains("\"text\": \"The ministry\""),
                "the save wrote the document as it was at Ctrl+S, not what was labelled during it");
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle(), "the later label is still unsaved");
    }

    @Test
    void ctrlSWhileASaveRunsIsQueuedBehindItAndNeverInterleaves(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        HeldFileThread held = holdFileThread();
        ctrlS(robot);
        label(robot, "The ministry", KeyCode.DIGIT1);
        ctrlS(robot);
        ctrlS(robot);
        assertEquals(1, held.asked.get(), "one write at a time");
        held.releaseOne();
        assertEquals(2, held.asked.get(), "the presses made while it ran make one more save");
        held.releaseOne();
        assertEquals("speech.txt — Factmark", fx.stage.getTitle());
        assertTrue(sidecar(article).contains("\"text\": \"The ministry\""));
        assertTrue(sidecar(article).contains("\"text\": \"1,200 people\""));
        assertEquals(2, held.asked.get());
    }

    @Test
    void aConflictAsksOnTheWindowAndThenWritesMineOffTheJavaFxThread(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        ctrlS(robot);
        WindowFixture.waitUntil(() -> fx.stage.getTitle().equals("speech.txt — Factmark"));
        label(robot, "The ministry", KeyCode.DIGIT1);
        Path sidecar = SidecarStore.sidecarFor(article);
        String theirs = Files.readString(sidecar).replace("\"label\": \"figure\"", "\"label\": \"event\"");
        Files.writeString(sidecar, theirs);
        HeldFileThread held = holdFileThread();
        ctrlS(robot);
        held.releaseOne(); // finds the other program's version and asks
        WindowFixture.waitUntil(() -> robot.lookup("#changed-on-disk-dialog").tryQuery().isPresent());
        robot.clickOn("Save Mine");
        assertEquals(2, held.asked.get(), "mine is written on the file thread too");
        assertEquals(theirs, Files.readString(sidecar), "nothing is written before the file thread runs");
        assertEquals("• speech.txt — Factmark", fx.stage.getTitle());
        held.releaseOne();
        assertEquals("speech.txt — Factmark", fx.stage.getTitle());
        assertTrue(Files.readString(sidecar).contains("\"text\": \"The ministry\""));
    }

    @Test
    void closingWaitsForTheRunningSaveAndThenCloses(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        HeldFileThread held = holdFileThread();
        ctrlS(robot);
        Platform.runLater(() -> {
            WindowEvent close = new WindowEvent(fx.stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            fx.stage.fireEvent(close);
            if (!close.isConsumed()) {
                fx.stage.close();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx.stage.isShowing(), "the window stays until its save is on disk");
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "nothing to ask: the save is under way");
        held.releaseOne();
        WindowFixture.waitUntil(() -> !fx.stage.isShowing());
        assertTrue(sidecar(article).contains("\"text\": \"1,200 people\""));
    }

    @Test
    void theWindowsOwnSaveIsNotTakenForAChangeByAnotherProgram(FxRobot robot) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        fx.open(article);
        label(robot, "1,200 people", KeyCode.DIGIT2);
        HeldFileThread held = holdFileThread();
        ctrlS(robot);
        // the sidecar is replaced while the window is busy, and the disk watch's next look (every 2 s) is due
        // before the window hears that the save is done
        WaitForAsyncUtils.asyncFx(() -> {
            held.runOne();
            Thread.sleep(2_500);
            return null;
        }).get(30, TimeUnit.SECONDS);
        fx.filesSettled();
        WaitForAsyncUtils.sleep(2_500, TimeUnit.MILLISECONDS); // and one more look after it
        assertEquals("speech.txt — Factmark", fx.stage.getTitle());
        assertFalse(robot.lookup("#disk-banner").query().isVisible(), "our own save is not a change by others");
    }
}
