package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Persian, Arabic and Hebrew articles (with Latin names and digits inside), through the real text area: what
 * the user clicks and selects is what gets labelled, and what is drawn stays inside its paragraph. Where a
 * word is on screen is read from the text node JavaFX drew it with, never from the text area's own answer.
 */
@ExtendWith(ApplicationExtension.class)
class RightToLeftTest {
    @TempDir
    java.nio.file.Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    private String open(String name) throws Exception {
        String text = Files.readString(java.nio.file.Path.of("src/test/resources/rtl", name), StandardCharsets.UTF_8);
        fx.open(fx.write(name, text));
        return text;
    }

    /** Where the text node that draws {@code word} (and nothing of its neighbours) is on screen. */
    private Bounds drawn(FxRobot robot, String word) {
        return onFx(() -> fx.area(robot).lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && t.getText().strip().equals(word))
                .map(n -> n.localToScreen(n.getBoundsInLocal())).findFirst()
                .orElseThrow(() -> new AssertionError("no text node draws " + word)));
    }

    private TextFlow paragraphOf(FxRobot robot, String word) {
        return onFx(() -> (TextFlow) fx.area(robot).lookupAll(".text").stream()
                .filter(n -> n instanceof Text t && t.getText().strip().equals(word))
                .map(Node::getParent).findFirst().orElseThrow());
    }

    private static Point2D middle(Bounds b) {
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    @ParameterizedTest
    @CsvSource({"persian.txt, تهران", "arabic.txt, طهران", "hebrew.txt, רביעי", "persian.txt, Reuters",
            "hebrew.txt, Reuters"})
    void doubleClickingAWordAndLabellingItLabelsThatWord(String file, String word, FxRobot robot) throws Exception {
        String text = open(file);
        int start = text.indexOf(word);
        robot.clickOn(middle(drawn(robot, word)));
        int caret = fx.area(robot).getCaretPosition();
        assertTrue(caret >= start && caret <= start + word.length(), "a click on " + word + " [" + start + ", "
                + (start + word.length()) + ") put the caret at " + caret);
        fx.caretTo(robot, 0);
        robot.sleep(1000); // not a second click of the one above: a triple click selects the paragraph
        robot.doubleClickOn(middle(drawn(robot, word)));
        assertEquals(word, fx.area(robot).getSelectedText().strip());
        robot.type(KeyCode.DIGIT1);
        List<Annotation> rows = fx.rows(robot);
        assertEquals(1, rows.size());
        assertEquals(start, rows.get(0).start());
        assertEquals(word, text.substring(rows.get(0).start(), rows.get(0).end()));
    }

    @ParameterizedTest
    @CsvSource({"persian.txt, تهران گفت", "arabic.txt, طهران يوم", "hebrew.txt, רביעי בטהרן"})
    void draggingAcrossTwoWordsSelectsThem(String file, String words, FxRobot robot) throws Exception {
        String text = open(file);
        String[] two = words.split(" ");
        Bounds first = drawn(robot, two[0]);
        Bounds second = drawn(robot, two[1]);
        assertTrue(second.getMaxX() < first.getMinX(), "the second word is left of the first on screen");
        robot.drag(new Point2D(first.getMaxX() - 1, first.getCenterY()))
                .dropTo(new Point2D(second.getMinX() + 1, second.getCenterY()));
        assertEquals(words, fx.area(robot).getSelectedText());
        assertEquals(text.indexOf(words), fx.area(robot).getSelection().getStart());
    }

    @ParameterizedTest
    @CsvSource({"persian.txt, تهران", "arabic.txt, طهران", "hebrew.txt, רביעי"})
    void shiftLeftSelectsTheCharactersOnScreenLeftOfTheCaret(String file, String word, FxRobot robot)
            throws Exception {
        String text = open(file);
        int start = text.indexOf(word);
        Bounds drawn = drawn(robot, word);
        fx.caretTo(robot, start);
        robot.clickOn(middle(drawn(robot, word))); // focus the text
        fx.caretTo(robot, start);
        Bounds caret = onFx(() -> fx.area(robot).getCaretBounds().orElseThrow());
        assertEquals(drawn.getMaxX(), caret.getCenterX(), 3, "the caret before " + word + " is at its right edge");
        for (int i = 0; i < word.length(); i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        }
        assertEquals(word, fx.area(robot).getSelectedText(), "Shift+Left moves left on screen: on through the word");
        Bounds selection = onFx(() -> selectionShape(paragraphOf(robot, word)));
        assertEquals(drawn.getMinX(), selection.getMinX(), 3, "the selection starts where the word starts on screen");
        assertEquals(drawn.getMaxX(), selection.getMaxX(), 3, "the selection ends where the word ends on screen");
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertEquals(word.substring(0, word.length() - 1), fx.area(robot).getSelectedText());
    }

    private static Bounds selectionShape(TextFlow paragraph) {
        return paragraph.getChildren().stream()
                .filter(n -> n instanceof Path p && p.getStyleClass().contains("selection") && !p.getElements().isEmpty())
                .map(n -> n.localToScreen(n.getBoundsInLocal())).findFirst()
                .orElseThrow(() -> new AssertionError("no selection drawn"));
    }

    @ParameterizedTest
    @CsvSource({"persian.txt, تهران, Gaza", "arabic.txt, طهران, Gaza", "hebrew.txt, רביעי, Gaza"})
    void nestedHighlightsOfEveryLaneLieOnTheirWordsInsideTheParagraph(String file, String word, String name,
                                                                     FxRobot robot) throws Exception {
        String text = open(file);
        int start = text.indexOf(word);
        int end = text.indexOf(name) + name.length();
        label(robot, start, end, KeyCode.DIGIT1);              // lane 0: background
        label(robot, start, start + word.length() + 4, KeyCode.DIGIT3); // lane 1: underline
        label(robot, start, start + word.length(), KeyCode.DIGIT2);     // lane 2: box
        assertEquals(3, fx.rows(robot).size());
        robot.interact(() -> fx.area(robot).moveTo(0));
        TextFlow paragraph = paragraphOf(robot, word);
        Bounds drawn = drawn(robot, word);
        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>();
            Bounds inside = paragraph.localToScreen(paragraph.getLayoutBounds());
            boolean boxOnWord = false;
            for (Node n : paragraph.getChildren()) {
                if (n instanceof Path p && p.isVisible() && !p.getElements().isEmpty()) {
                    Bounds b = p.localToScreen(p.getBoundsInLocal());
                    if (b.getMinX() < inside.getMinX() - 3 || b.getMaxX() > inside.getMaxX() + 3) {
                        found.add(p.getStyleClass() + " " + b + " outside the paragraph " + inside);
                    }
                    if (p.getStroke() != null && Math.abs(b.getMinX() - drawn.getMinX()) < 4
                            && Math.abs(b.getMaxX() - drawn.getMaxX()) < 4) {
                        boxOnWord = true;
                    }
                }
            }
            if (!boxOnWord) {
                found.add("no box around " + word + " at " + drawn);
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    private void label(FxRobot robot, int start, int end, KeyCode key) {
        robot.interact(() -> fx.area(robot).selectRange(start, end));
        robot.type(key);
    }

    @ParameterizedTest
    @CsvSource({"persian.txt", "arabic.txt", "hebrew.txt"})
    void everyWordIsDrawnOnceInsideItsParagraph(String file, FxRobot robot) throws Exception {
        open(file);
        List<String> problems = onFx(() -> {
            List<String> found = new ArrayList<>(ReadableText.problems(fx.area(robot)));
            for (Node n : fx.area(robot).lookupAll(".paragraph-text")) {
                TextFlow flow = (TextFlow) n;
                Bounds inside = flow.localToScreen(flow.getLayoutBounds());
                StringBuilder shown = new StringBuilder();
                for (Node child : flow.getChildren()) {
                    if (child instanceof Text t) {
                        shown.append(t.getText());
                        Bounds b = t.localToScreen(t.getBoundsInLocal());
                        if (b.getMinX() < inside.getMinX() - 1 || b.getMaxX() > inside.getMaxX() + 1) {
                            found.add("'" + t.getText() + "' drawn at " + b + ", outside its paragraph " + inside);
                        }
                    }
                }
                String direction = flow.getEffectiveNodeOrientation().toString();
                boolean rtl = org.factmark.model.TextDirection.firstStrongIsRightToLeft(shown, 0, shown.length());
                if (rtl != Objects.equals(direction, "RIGHT_TO_LEFT")) {
                    found.add("paragraph '" + shown + "' laid out " + direction);
                }
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    @org.junit.jupiter.api.Test
    void theViewMenuSetsOneDirectionForEveryParagraphAndTheSidecarKeepsIt(FxRobot robot) throws Exception {
        open("persian.txt");
        choose(robot, "ltr");
        assertEquals(List.of("LEFT_TO_RIGHT"), directions(robot));
        assertTrue(fx.stage.getTitle().startsWith("•"), "a change to save: " + fx.stage.getTitle());
        choose(robot, "rtl");
        assertEquals(List.of("RIGHT_TO_LEFT"), directions(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WindowFixture.waitUntil(() -> !fx.stage.getTitle().startsWith("•"));
        String sidecar = Files.readString(dir.resolve("persian.txt.annotations.json"));
        assertTrue(sidecar.contains("\"direction\": \"rtl\""), sidecar);

        fx.open(dir.resolve("persian.txt"));
        assertEquals(List.of("RIGHT_TO_LEFT"), directions(robot), "the next time it opens");
        choose(robot, "auto");
        assertEquals(List.of("LEFT_TO_RIGHT", "RIGHT_TO_LEFT"), directions(robot), "English and Persian paragraphs");
    }

    @org.junit.jupiter.api.Test
    void ctrlZUndoesADirectionChangeAndCtrlYRedoesIt(FxRobot robot) throws Exception {
        open("persian.txt");
        choose(robot, "ltr");
        assertEquals(List.of("LEFT_TO_RIGHT"), directions(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of("LEFT_TO_RIGHT", "RIGHT_TO_LEFT"), directions(robot), "each paragraph's own again");
        assertTrue(!fx.stage.getTitle().startsWith("•"), "nothing left to save: " + fx.stage.getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertEquals(List.of("LEFT_TO_RIGHT"), directions(robot));
        assertTrue(fx.stage.getTitle().startsWith("•"), "a change to save: " + fx.stage.getTitle());
    }

    /** View ▸ Text Direction ▸ the item for {@code direction}, as the menu fires it. */
    private void choose(FxRobot robot, String direction) {
        javafx.scene.control.MenuBar menus = robot.from(fx.stage.getScene().getRoot()).lookup("#menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem item = menus.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(javafx.scene.control.Menu.class::isInstance)
                .flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> ("direction-" + direction).equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    /** The directions the paragraphs are laid out in, each once. */
    private List<String> directions(FxRobot robot) {
        return onFx(() -> fx.area(robot).lookupAll(".paragraph-text").stream()
                .map(n -> n.getEffectiveNodeOrientation().toString()).distinct().sorted().toList());
    }
}
