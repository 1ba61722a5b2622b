package org.factmark.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.factmark.article.ArticleLoader;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.model.SidecarContent;
import org.factmark.sidecar.SidecarWriter;
import org.factmark.ui.safety.ReviewPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** After an edit to the article: check what moved or changed, re-attach what was lost. */
@ExtendWith(ApplicationExtension.class)
class ReviewPanelTest {
    private static final String BEFORE = "Officials said 1,200 people died. The ministry denied everything.";
    private static final String AFTER = "Officials said 1,300 people died. The ministry rejected the report.";
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void aChangedFigureIsListedAndAnOrphanIsReattachedToTheSelectionUndoably(FxRobot robot) throws Exception {
        ArticleText old = ArticleLoader.fromString("speech.txt", BEFORE);
        int figure = BEFORE.indexOf("1,200 people");
        int denied = BEFORE.indexOf("denied everything");
        Files.write(dir.resolve("speech.txt.annotations.json"), SidecarWriter.write(new SidecarContent(old, List.of(
                new Annotation("f", "figure", figure, figure + 12, Map.of("value", 1200L), "", "", "", "", Map.of()),
                new Annotation("e", "event", denied, denied + 17, Map.of(), "a denial", "", "", "", Map.of())),
                List.of(), Map.of(), Map.of())));
        fx.open(fx.write("speech.txt", AFTER));
        robot.clickOn("OK"); // what became of the annotations

        @SuppressWarnings("unchecked")
        ListView<ReviewPanel.Item> list = robot.lookup("#review-list").queryAs(ListView.class);
        assertEquals(2, list.getItems().size());
        assertTrue(list.getItems().get(0).toString().startsWith("Text changed · figure “1,300 people”"),
                list.getItems().get(0).toString());
        assertTrue(list.getItems().get(1).toString().startsWith("Not found · event “denied everything”"));

        robot.type(KeyCode.ENTER);
        assertEquals("1,300 people", fx.area(robot).getSelectedText(), "Enter shows it in the text");
        robot.type(KeyCode.A);
        assertEquals(1, list.getItems().size(), "accepted");

        int rejected = AFTER.indexOf("rejected the report");
        robot.interact(() -> fx.area(robot).selectRange(rejected, rejected + "rejected the report".length()));
        robot.interact(list::requestFocus);
        robot.type(KeyCode.R);
        assertTrue(list.getItems().isEmpty());
        AnnotationDocument doc = fx.window.document();
        Annotation back = doc.annotations().get("e").orElseThrow();
        assertEquals("rejected the report", AFTER.substring(back.start(), back.end()));
        assertEquals("a denial", back.note(), "its details come back with it");
        assertTrue(doc.orphans().isEmpty());

        robot.interact(() -> fx.stage.requestFocus());
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(doc.annotations().get("e").isEmpty());
        assertEquals(1, doc.orphans().size(), "undo puts the orphan back, never loses it");
    }

    /** Writes {@code before} with one event on each span, then opens {@code after} in its place. */
    private void openEdited(FxRobot robot, String before, String after, List<String> spans) throws Exception {
        ArticleText old = ArticleLoader.fromString("speech.txt", before);
        List<Annotation> events = new ArrayList<>();
        for (String span : spans) {
            int at = before.indexOf(span);
            events.add(new Annotation("e" + events.size(), "event", at, at + span.length(), Map.of(), "", "", "", "",
                    Map.of()));
        }
        Files.write(dir.resolve("speech.txt.annotations.json"), SidecarWriter.write(new SidecarContent(old, events,
                List.of(), Map.of(), Map.of())));
        fx.open(fx.write("speech.txt", after));
        robot.clickOn("OK"); // what became of the annotations
    }

    @SuppressWarnings("unchecked")
    private static ListView<ReviewPanel.Item> list(FxRobot robot) {
        return robot.lookup("#review-list").queryAs(ListView.class);
    }

    private static Stage panel(FxRobot robot) {
        return (Stage) list(robot).getScene().getWindow();
    }

    @Test
    void theHeaderCountsWhatIsLeftToCheck(FxRobot robot) throws Exception {
        openEdited(robot, BEFORE, "Breaking.\n\n" + BEFORE, List.of("1,200 people", "denied everything"));
        Label heading = robot.from(list(robot).getParent()).lookup((Label l) -> l.getText().contains("to check"))
                .queryAs(Label.class);
        assertTrue(heading.getText().startsWith("2 to check."), heading.getText());
        robot.type(KeyCode.A);
        assertEquals(1, list(robot).getItems().size());
        assertTrue(heading.getText().startsWith("1 to check."), heading.getText());
        robot.type(KeyCode.A);
        assertTrue(heading.getText().startsWith("Nothing left to check."), heading.getText());
    }

    @Test
    void rReattachesTheOrphanAfterTheUserSelectsItsPlaceWithTheMouse(FxRobot robot) throws Exception {
        openEdited(robot, BEFORE, AFTER, List.of("denied everything"));
        assertEquals(1, list(robot).getItems().size());
        int rejected = AFTER.indexOf("rejected the report");
        int end = rejected + "rejected the report".length();
        Bounds last = WindowFixture.onFx(() -> fx.area(robot).getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        robot.drag(fx.pointOnChar(robot, rejected), MouseButton.PRIMARY)
                .dropTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        assertEquals("rejected the report", fx.area(robot).getSelectedText(), "the user selected the place");
        robot.interact(() -> fx.stage.requestFocus()); // as a window manager does on that click
        robot.type(KeyCode.R); // as the panel's hint says: select where it belongs in the text and press R

        Annotation back = fx.window.document().annotations().get("e0").orElseThrow(() -> new AssertionError(
                "R in the text did not re-attach the orphan"));
        assertEquals("rejected the report", AFTER.substring(back.start(), back.end()));
        assertTrue(fx.window.document().orphans().isEmpty());
        assertTrue(list(robot).getItems().isEmpty());
        assertTrue(panel(robot).isShowing(), "the panel stays up");
    }

    @Test
    void endShowsTheWholeLastRowAlsoAfterAnAccept(FxRobot robot) throws Exception {
        StringBuilder before = new StringBuilder();
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String sentence = "SENTENCE " + i + " REPORTS AT LENGTH WHAT THE OFFICIALS SAID ABOUT THE EVENTS";
            spans.add(sentence);
            before.append(sentence).append(".\n\n");
        }
        String after = "Breaking.\n\n" + before.substring(0, before.indexOf(spans.get(39))); // the last one is gone
        openEdited(robot, before.toString(), after, spans);
        ListView<ReviewPanel.Item> list = list(robot);
        assertEquals(40, list.getItems().size());
        robot.type(KeyCode.END);
        assertLastRowShown(list);
        robot.type(KeyCode.UP, KeyCode.UP, KeyCode.A);
        assertEquals(39, list.getItems().size(), "accepted");
        robot.type(KeyCode.END);
        assertLastRowShown(list);
        robot.type(KeyCode.UP, KeyCode.UP);
        robot.interact(() -> { // typed quickly: both keys arrive before the next frame
            list.fireEvent(key(KeyCode.A));
            list.fireEvent(key(KeyCode.END));
        });
        assertEquals(38, list.getItems().size(), "accepted");
        assertLastRowShown(list);
        robot.type(KeyCode.DELETE); // the orphan, last in the list: the row before it is next, and shown whole
        assertEquals(37, list.getItems().size(), "deleted");
        assertLastRowShown(list);
    }

    private static KeyEvent key(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false);
    }

    private static void assertLastRowShown(ListView<?> list) {
        assertEquals(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex());
        Bounds row = WindowFixture.onFx(() -> lastRow(list));
        Bounds shown = WindowFixture.onFx(() -> visibleArea(list));
        assertTrue(row.getMinY() >= shown.getMinY() - 0.5 && row.getMaxY() <= shown.getMaxY() + 0.5,
                "the last row " + row + " lies within the list's visible area " + shown);
    }

    /** The last row's bounds in the scene. */
    private static Bounds lastRow(ListView<?> list) {
        Node cell = list.lookupAll(".list-cell").stream().filter(n -> n.isVisible()
                && ((ListCell<?>) n).getIndex() == list.getItems().size() - 1).findFirst().orElseThrow();
        return cell.localToScene(cell.getLayoutBounds());
    }

    /** The part of the list that shows rows: its inside, less a horizontal scroll bar. */
    private static Bounds visibleArea(ListView<?> list) {
        Bounds inside = list.localToScene(list.getLayoutBounds());
        double bottom = inside.getMaxY() - list.snappedBottomInset();
        for (Node n : list.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible()) {
                bottom = Math.min(bottom, bar.localToScene(bar.getLayoutBounds()).getMinY());
            }
        }
        double top = inside.getMinY() + list.snappedTopInset();
        return new BoundingBox(inside.getMinX(), top, inside.getWidth(), bottom - top);
    }

    @Test
    void showLeavesTheAnnotationUncoveredByThePanel(FxRobot robot) throws Exception {
        StringBuilder before = new StringBuilder();
        List<String> spans = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String sentence = "Paragraph " + i + " tells, across the width of the text, what the ministry said";
            spans.add(sentence);
            before.append(sentence).append(".\n\n");
        }
        openEdited(robot, before.toString(), "Breaking.\n\n" + before, spans);
        ListView<ReviewPanel.Item> list = list(robot);
        assertEquals(30, list.getItems().size());
        for (int i = 0; i < 30; i++) {
            int index = i;
            robot.interact(() -> list.getSelectionModel().select(index));
            robot.type(KeyCode.ENTER);
            Annotation shown = fx.window.document().annotations().get("e" + i).orElseThrow();
            assertEquals(spans.get(i), fx.area(robot).getSelectedText());
            Bounds span = WindowFixture.onFx(() -> fx.area(robot).getCharacterBoundsOnScreen(shown.start(),
                    shown.end()).orElseThrow());
            Stage stage = panel(robot);
            Bounds covering = new BoundingBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            assertFalse(covering.intersects(span), "row " + i + ": the panel " + covering + " covers " + span);
        }
    }
}
