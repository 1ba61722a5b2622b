package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Add Article…: a document becomes an article that opens, with its provenance in the title and status. */
@ExtendWith(ApplicationExtension.class)
class AddArticleWindowTest {
    private static final String POST = """
            ---
            title: Rents rose 8% in a year
            author: Sam Reporter
            publisher: Example Housing Blog
            date: 2026-11-30
            ---
            # Rents rose 8% in a year

            Rents in the city rose *8 per cent* in the year to October.
            """;

    @TempDir
    Path dir;
    private WindowFixture fx;
    private final List<String> shown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
        fx.window.showDocumentsWith(shown::add);
    }

    private void addThroughTheMenu(FxRobot robot, Path source) {
        robot.clickOn("File").clickOn("Add Article…");
        robot.lookup("#add-source").queryAs(TextField.class);
        robot.interact(() -> robot.lookup("#add-source").queryAs(TextField.class).setText(source.toString()));
        robot.clickOn("Add");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> done) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, done);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aMarkdownFileIsAddedBesideTheOpenArticleOpenedAndItsOriginalShown(FxRobot robot) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        fx.open(Files.writeString(articles.resolve("old.txt"), "An older article.\n"));
        MenuItem showOriginal = menuItem(robot, "Show Original");
        assertTrue(showOriginal.isDisable(), "a plain text article has no original");
        Path post = Files.writeString(Files.createDirectories(dir.resolve("downloads")).resolve("rents.md"), POST);

        addThroughTheMenu(robot, post);
        waitUntil(() -> fx.window.document() != null
                && fx.window.document().articlePath().getFileName().toString().equals("rents.txt"));

        assertEquals("Rents rose 8% in a year\n\nRents in the city rose 8 per cent in the year to October.\n",
                Files.readString(articles.resolve("rents.txt")));
        assertEquals(POST, Files.readString(articles.resolve("rents.source.md"), StandardCharsets.UTF_8));
        assertEquals("rents.txt — Example Housing Blog · 2026-11-30 — Factmark", fx.stage.getTitle());
        Label source = robot.lookup("#status-source").queryAs(Label.class);
        assertEquals("Example Housing Blog · 2026-11-30", source.getText());
        assertTrue(source.getTooltip().getText().contains("By: Sam Reporter"), source.getTooltip().getText());
        assertFalse(showOriginal.isDisable(), "an added article has its original");

        robot.clickOn("File").clickOn("Show Original");

        assertEquals(List.of(articles.resolve("rents.source.md").toUri().toString()), shown);
    }

    @Test
    void aScannedPdfIsRefusedInOneLineAndNothingIsWrittenOrClosed(FxRobot robot) throws Exception {
        fx.open(fx.write("old.txt", "An older article.\n"));
        Path scan = dir.resolve("in/scan.pdf");
        Files.createDirectories(scan.getParent());
        try (org.apache.pdfbox.pdmodel.PDDocument blank = new org.apache.pdfbox.pdmodel.PDDocument()) {
            blank.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            blank.save(scan.toFile());
        }

        addThroughTheMenu(robot, scan);
        waitUntil(() -> robot.lookup("#add-article-error").tryQuery().isPresent());

        String message = robot.lookup("#add-article-error .content").queryAs(Label.class).getText();
        assertTrue(message.startsWith("scan.pdf: the PDF has no text layer"), message);
        assertTrue(message.contains("OCR") && !message.contains("\n"), message);
        robot.type(KeyCode.ENTER);
        assertEquals("old.txt", fx.window.document().articlePath().getFileName().toString());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("app-data", "in", "old.txt"), files.map(p -> p.getFileName().toString()).sorted()
                    .filter(n -> !n.startsWith(".")).toList());
        }
    }

    @Test
    void withNoArticleOpenTheFolderIsAskedFor(FxRobot robot) throws Exception {
        Path chosen = Files.createDirectories(dir.resolve("chosen"));
        fx.window.addInto(initial -> Optional.of(chosen));
        Path post = Files.writeString(dir.resolve("rents.md"), POST);

        addThroughTheMenu(robot, post);
        waitUntil(() -> fx.window.document() != null);

        assertEquals(chosen.resolve("rents.txt"), fx.window.document().articlePath());
    }

    private static MenuItem menuItem(FxRobot robot, String text) {
        return robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }
}
