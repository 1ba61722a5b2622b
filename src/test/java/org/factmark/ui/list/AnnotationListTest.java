package org.factmark.ui.list;

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
import org.factmark.ui.WindowFixture;
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
    void rowsImportedAboveTheSelectedRowLeaveItInView(FxRobot robot) throws Exception {
        String text = openLines(robot, 400);
        robot.interact(() -> fx.table(robot).select(300));
        assertTrue(rowShown(robot, "line 300"), "the selected row is scrolled into view");
        // an import adds 60 rows just above it, under the rows on screen before it (on lines 298 and 299)
        List<Annotation> imported = new ArrayList<>();
        for (int line = 298; line <= 299; line++) {
            int start = text.indexOf("line " + line + " ");
            for (int i = 0; i < 30; i++) {
                imported.add(new Annotation("i" + line + "-" + i, "event", start + i, start + i + 1, null, null, null,
                        null, null, null));
            }
        }
        robot.interact(() -> fx.window.document().addAll("Import", imported));
        assertEquals(460, fx.rows(robot).size());
        assertEquals("a300", fx.table(robot).selectedItem().id(), "the selection is kept");
        assertTrue(rowShown(robot, "line 300"), "the selected row is still in view");
        // and rows taken away above it (undoing the import) leave it in view as well
        robot.interact(() -> fx.window.document().undo());
        assertEquals(400, fx.rows(robot).size());
        assertTrue(rowShown(robot, "line 300"), "the selected row is in view after the undo");
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

    @Test
    void editsLandInTheirPlaceInASortedOrFilteredList(FxRobot robot) throws Exception {
        String text = openLines(robot, 8);
        robot.clickOn(robot.lookup(".list-header-cell").match(LabeledMatchers.hasText("Label")).queryAs(Node.class));
        int at = text.indexOf("says 21");
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.interact(() -> fx.area(robot).selectRange(at, at + 7));
        robot.type(KeyCode.DIGIT4); // a ninth annotation, an event
        assertEquals(9, fx.rows(robot).size());
        List<String> names = fx.rows(robot).stream().map(a -> switch (a.label()) {
            case "quote" -> "Quote";
            case "figure" -> "Figure";
            case "assertion" -> "Assertion";
            default -> "Event";
        }).toList();
        assertEquals(names.stream().sorted().toList(), names, "still sorted by label name after the edit");
        assertEquals(3, names.stream().filter("Event"::equals).count());

        robot.clickOn(robot.lookup(".list-header-cell").match(LabeledMatchers.hasText("Label ▲")).queryAs(Node.class));
        robot.clickOn(robot.lookup(".list-header-cell").match(LabeledMatchers.hasText("Label ▼")).queryAs(Node.class));
        robot.interact(() -> fx.window.document().relabel(List.of("a1"), "quote")); // a figure no more
        List<Annotation> all = fx.rows(robot);
        assertEquals(all.stream().sorted(SpanOrder.ORDER).toList(), all, "back in text order, edits included");
        assertEquals("quote", all.stream().filter(a -> a.id().equals("a1")).findFirst().orElseThrow().label());
    }

    @Test
    void aFilteredListTakesInAndLetsGoRowsAsTheyAreEdited(FxRobot robot) throws Exception {
        String text = openLines(robot, 8); // figures: a1, a5
        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) robot.lookup("#filter-label").query())
                .setValue("Figure"));
        assertEquals(List.of("a1", "a5"), fx.rows(robot).stream().map(Annotation::id).toList());
        robot.interact(() -> fx.window.document().relabel(List.of("a1"), "quote"));
        assertEquals(List.of("a5"), fx.rows(robot).stream().map(Annotation::id).toList(), "no longer a figure");
        int at = text.indexOf("says 0");
        robot.interact(() -> fx.window.document().label(at, at + 6, "figure"));
        assertEquals(2, fx.rows(robot).size(), "a new figure joins");
        assertEquals(at, fx.rows(robot).get(0).start(), "in text order, before a5");
    }
}
