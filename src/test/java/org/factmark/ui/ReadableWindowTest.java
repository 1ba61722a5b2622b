package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarStore;
import org.factmark.sidecar.SidecarWriter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window as a user first meets it, in the light and the dark theme: every text shown whole and
 * readable on its background, in the list (a selected row too), the find bar after a failed search, the
 * inspector and the banner about a change on disk.
 */
@ExtendWith(ApplicationExtension.class)
class ReadableWindowTest {
    static final String TEXT = "Officials said 1,200 people died on Sunday. The ministry denied it, calling the "
            + "figure \"a fabrication\". A ceasefire was agreed in June. Exports rose 40 percent, the report says.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** An article whose assertions carry the longest verdicts, with a detail that does not fit its type. */
    static Path article(WindowFixture fx) throws Exception {
        Path article = fx.write("speech.txt", TEXT);
        ArticleText text = ArticleLoader.load(article);
        List<Annotation> annotations = new ArrayList<>();
        annotations.add(span("q", "quote", "The ministry denied it", Map.of("speaker", "The ministry")));
        annotations.add(span("f", "figure", "1,200 people", Map.of("value", "eleven hundred")));
        annotations.add(span("a1", "assertion", "Officials said 1,200 people died on Sunday",
                Map.of("claimant", "Officials", "verdict", "mostly accurate")));
        annotations.add(span("a2", "assertion", "Exports rose 40 percent",
                Map.of("claimant", "The report", "verdict", "unverifiable")));
        annotations.add(span("e", "event", "A ceasefire was agreed in June", Map.of("date", "2024-06")));
        Files.write(SidecarStore.sidecarFor(article), SidecarWriter.write(new SidecarContent(text, annotations,
                List.of(), Map.of(), Map.of())));
        return article;
    }

    private static Annotation span(String id, String label, String words, Map<String, Object> details) {
        int at = TEXT.indexOf(words);
        return new Annotation(id, label, at, at + words.length(), details, "", "tester", null, null, null);
    }

    /** Selects the row of an annotation in the list, which has the focus, as a click on it does. */
    static void selectRow(FxRobot robot, WindowFixture fx, String id) {
        int row = fx.rows(robot).stream().map(Annotation::id).toList().indexOf(id);
        robot.interact(() -> fx.table(robot).requestFocus());
        robot.interact(() -> fx.table(robot).select(row));
    }

    /** View ▸ Dark Theme, as the menu sets it. */
    static void theme(FxRobot robot, WindowFixture fx, boolean dark) {
        MenuBar menus = robot.from(fx.stage.getScene().getRoot()).lookup("#menu-bar").queryAs(MenuBar.class);
        CheckMenuItem item = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "Dark Theme".equals(i.getText())).map(CheckMenuItem.class::cast).findFirst().orElseThrow();
        robot.interact(() -> item.setSelected(dark));
    }

    static void assertReadable(Stage stage, String where) {
        List<String> problems = onFx(() -> ReadableText.problems(stage.getScene().getRoot(), "list-text",
                "inspector-quote"));
        assertTrue(problems.isEmpty(), where + ":\n" + String.join("\n", problems));
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theListWithASelectedRowTheInspectorAndAFailedFindAreReadable(boolean dark, FxRobot robot) throws Exception {
        theme(robot, fx, dark);
        fx.open(article(fx));
        selectRow(robot, fx, "a1");
        assertEquals("mostly accurate", fx.table(robot).selectedItem().attributes().get("verdict"));
        assertReadable(fx.stage, "the list with a selected row");

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("no such words");
        assertTrue(robot.lookup("#find-field").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("not-found")));
        assertReadable(fx.stage, "the find bar after a failed search");
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theChangedOnDiskBannerShowsItsButtonsWhole(boolean dark, FxRobot robot) throws Exception {
        theme(robot, fx, dark);
        Path article = article(fx);
        fx.open(article);
        Path sidecar = SidecarStore.sidecarFor(article);
        Files.setLastModifiedTime(sidecar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        for (String id : List.of("#disk-reload", "#disk-merge", "#disk-keep")) {
            Button button = robot.lookup(id).queryButton();
            assertTrue(button.getTooltip() != null && !button.getTooltip().getText().isBlank(), id + " explains itself");
        }
        assertReadable(fx.stage, "the banner about the sidecar");

        Files.writeString(article, TEXT + " A new sentence.");
        robot.clickOn("#disk-keep");
        Files.setLastModifiedTime(article, FileTime.fromMillis(System.currentTimeMillis() + 9000));
        WindowFixture.waitUntil(() -> robot.lookup("#disk-banner").query().isVisible());
        assertReadable(fx.stage, "the banner about the article");
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void highlightsNestedFourDeepAndTheSelectionKeepTheTextReadable(boolean dark, FxRobot robot) throws Exception {
        theme(robot, fx, dark);
        Path article = fx.write("nested.txt", TEXT);
        ArticleText text = ArticleLoader.load(article);
        List<Annotation> nested = List.of(span("q", "quote", "Officials said 1,200 people died on Sunday", Map.of()),
                span("a", "assertion", "said 1,200 people died", Map.of()),
                span("f", "figure", "1,200 people", Map.of()),
                span("e", "event", "1,200", Map.of()),
                span("q2", "quote", "Exports rose 40 percent, the report says", Map.of()),
                span("a2", "assertion", "Exports rose 40 percent", Map.of()),
                span("e2", "event", "rose 40 percent", Map.of()),
                span("f2", "figure", "40 percent", Map.of()),
                span("e3", "event", "A ceasefire was agreed", Map.of()));
        Files.write(SidecarStore.sidecarFor(article), SidecarWriter.write(new SidecarContent(text, nested,
                List.of(), Map.of(), Map.of())));
        fx.open(article);
        robot.interact(() -> fx.area(robot).selectRange(TEXT.indexOf("The ministry"), TEXT.indexOf(" calling")));
        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>(ReadableText.problems(fx.area(robot)));
            javafx.scene.paint.Color ink = fx.area(robot).lookupAll(".text").stream()
                    .filter(javafx.scene.text.Text.class::isInstance).map(n -> ((javafx.scene.text.Text) n).getFill())
                    .filter(javafx.scene.paint.Color.class::isInstance).map(javafx.scene.paint.Color.class::cast)
                    .findFirst().orElseThrow();
            for (javafx.scene.Node n : fx.area(robot).lookupAll("*")) {
                if (n instanceof javafx.scene.shape.Path tint && tint.isVisible() && !tint.getElements().isEmpty()
                        && tint.getFill() instanceof javafx.scene.paint.Color c && c.getOpacity() > 0) {
                    javafx.scene.paint.Color under = ReadableText.over(c, ReadableText.backgroundOf(tint));
                    double ratio = ReadableText.contrast(ink, under);
                    if (ratio < ReadableText.AA) {
                        found.add(String.format(java.util.Locale.ROOT, "text %s on the tint %s (%s %s): %.2f:1",
                                ReadableText.hex(ink), ReadableText.hex(under), tint.getStyleClass(),
                                tint.getBoundsInParent(), ratio));
                    }
                }
            }
            return found;
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @ParameterizedTest(name = "dark theme: {0}")
    @ValueSource(booleans = {false, true})
    void theSmallestWindowStillShowsEveryTextWhole(boolean dark, FxRobot robot) throws Exception {
        theme(robot, fx, dark);
        fx.open(article(fx));
        robot.interact(() -> {
            fx.stage.setWidth(fx.stage.getMinWidth());
            fx.stage.setHeight(fx.stage.getMinHeight());
        });
        selectRow(robot, fx, "a1");
        List<String> problems = onFx(() -> ReadableText.problems(fx.stage.getScene().getRoot(), "list-text",
                "inspector-quote", "status-message"));
        assertTrue(problems.isEmpty(), "the window at its smallest (the passing message may give way):\n"
                + String.join("\n", problems));
    }
}
