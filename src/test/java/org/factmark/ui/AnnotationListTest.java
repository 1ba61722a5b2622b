package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factmark.model.Annotation;
import org.factmark.model.SpanOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The side list on its own terms: thousands of rows, keys that page through them, sorting, Ctrl+click. */
@ExtendWith(ApplicationExtension.class)
class AnnotationListTest {
    private static final String[] LABELS = {"quote", "figure", "assertion", "event"};
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    /** {@code n} lines, each annotated once over "line N", with labels in turn. */
    private String openLines(FxRobot robot, int n) throws Exception {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int start = text.length();
            text.append("line ").append(i).append(" says ").append(i * 7).append(" people came.\n");
            spans.add(new int[] {start, start + ("line " + i).length()});
        }
        fx.open(fx.write("lines.txt", text.toString()));
        List<Annotation> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Annotation("a" + i, LABELS[i % 4], spans.get(i)[0], spans.get(i)[1], null, null, null,
                    null, null, null));
        }
        robot.interact(() -> fx.window.document().addAll("add", all));
        assertEquals(n, fx.rows(robot).size());
        return text.toString();
    }

    private boolean rowShown(FxRobot robot, String text) {
        return robot.lookup("#annotation-list .list-text").match(LabeledMatchers.hasText(text)).tryQuery()
                .filter(Node::isVisible).isPresent();
    }

    @Test
    void keysPageThroughThousandsOfRowsAndTheListKeepsTheSelectedRowInView(FxRobot robot) throws Exception {
        String text = openLines(robot, 3_000);
        robot.clickOn(robot.lookup("#annotation-list .list-text").match(LabeledMatchers.hasText("line 0"))
                .queryAs(Node.class));
        assertEquals("a0", fx.table(robot).selectedItem().id());
        robot.type(KeyCode.END);
        assertEquals("line 2999", fx.table(robot).selectedItem() == null ? null
                : text.substring(fx.table(robot).selectedItem().start(), fx.table(robot).selectedItem().end()));
        assertEquals(new IndexRange(text.indexOf("line 2999"), text.indexOf("line 2999") + 9),
                fx.area(robot).getSelection(), "the text follows the list");
        assertTrue(rowShown(robot, "line 2999"), "the last row is scrolled into view");
        robot.type(KeyCode.PAGE_UP);
        int after = fx.rows(robot).indexOf(fx.table(robot).selectedItem());
        assertTrue(after < 2_999 - 5 && after > 2_999 - 60, "a page up is a screenful of rows: " + after);
        assertTrue(rowShown(robot, "line " + after));
        robot.type(KeyCode.HOME);
        assertEquals("a0", fx.table(robot).selectedItem().id());
        assertTrue(rowShown(robot, "line 0"));

        // selecting in the text far away brings the list along
        int far = text.indexOf("line 1500");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(far, far + 9));
        robot.type(KeyCode.DIGIT4);
        assertTrue(rowShown(robot, "line 1500"), "the list shows the row just labelled");
        assertEquals("event", fx.table(robot).selectedItem().label());
    }

    @Test
    void aTitleSortsByItsColumnThenReversesThenReturnsToTextOrder(FxRobot robot) throws Exception {
        openLines(robot, 12);
        List<Annotation> textOrder = fx.rows(robot);
        Node title = robot.lookup(".list-header-cell").match(LabeledMatchers.hasText("Label")).query();
        robot.clickOn(title);
        List<String> shownNames = robot.lookup("#annotation-list .list-label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).sorted(Comparator.comparingDouble(l -> l.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
        assertEquals(shownNames.stream().sorted().toList(), shownNames, "ascending by label name");
        assertEquals("Label ▲", ((Label) title).getText());
        robot.clickOn(title);
        List<String> down = robot.lookup("#annotation-list .list-label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).sorted(Comparator.comparingDouble(l -> l.localToScene(0, 0).getY()))
                .map(Label::getText).toList();
        assertEquals(down.stream().sorted(Comparator.reverseOrder()).toList(), down, "descending");
        robot.clickOn(title);
        assertEquals(textOrder, fx.rows(robot), "the third click returns to text order");
        assertEquals(textOrder.stream().sorted(SpanOrder.ORDER).toList(), fx.rows(robot));
    }

    @Test
    void ctrlClickAddsARowToTheSelectionAndASecondCtrlClickTakesItOut(FxRobot robot) throws Exception {
        openLines(robot, 6);
        List<Node> rows = new ArrayList<>(robot.lookup("#annotation-list .list-row").queryAll());
        rows.sort(Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()));
        robot.clickOn(rows.get(0));
        robot.press(KeyCode.CONTROL).clickOn(rows.get(2)).release(KeyCode.CONTROL);
        assertEquals(List.of("a0", "a2"), fx.table(robot).selectedItems().stream().map(Annotation::id).toList());
        robot.press(KeyCode.CONTROL).clickOn(rows.get(2)).release(KeyCode.CONTROL);
        assertEquals(List.of("a0"), fx.table(robot).selectedItems().stream().map(Annotation::id).toList());
        robot.clickOn(rows.get(1));
        robot.press(KeyCode.SHIFT).clickOn(rows.get(4)).release(KeyCode.SHIFT);
        assertEquals(List.of("a1", "a2", "a3", "a4"),
                fx.table(robot).selectedItems().stream().map(Annotation::id).toList(), "Shift+click: a range");
        robot.press(KeyCode.CONTROL).clickOn(rows.get(2)).release(KeyCode.CONTROL);
        robot.type(KeyCode.DIGIT1);
        assertEquals(List.of("a0", "a1", "a3", "a4"), fx.rows(robot).stream().filter(a -> a.label().equals("quote"))
                .map(Annotation::id).toList(), "the key relabels every selected row, and only those");
    }
}
