package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factmark.ui.actions.ShortcutsOverlay.Shortcut;
import org.factmark.ui.actions.ShortcutsOverlay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The keyboard cheat sheet: every shortcut under its group, readable at a glance, and easy to dismiss. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsOverlayTest {
    private static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut("Editing", "Ctrl+Z", "Undo"),
            new Shortcut("Labels", "1 / 2 / 3 / 4", "Label the selection as quote / figure / assertion / event"),
            new Shortcut("Editing", "Ctrl+Shift+Z", "Redo"),
            new Shortcut("Labels", "Delete", "Delete the selected annotation"));
    private Stage editor;

    @Start
    void start(Stage stage) {
        atlantafx.base.theme.PrimerLight theme = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
        editor = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void closeLeftovers(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != editor).forEach(Window::hide));
    }

    @Test
    void everyShortcutIsListedUnderItsGroupInTheOrderGiven(FxRobot robot) {
        Stage sheet = open(robot, SHORTCUTS);
        assertEquals("Keyboard shortcuts", sheet.getTitle());
        assertSame(editor, sheet.getOwner());
        assertEquals(Modality.WINDOW_MODAL, sheet.getModality());

        assertEquals(List.of(
                "Editing",
                "Ctrl+Z | Undo",
                "Ctrl+Shift+Z | Redo",
                "Labels",
                "1 / 2 / 3 / 4 | Label the selection as quote / figure / assertion / event",
                "Delete | Delete the selected annotation"), lines(sheet));
    }

    @Test
    void keysAndActionsFormTwoAlignedColumns(FxRobot robot) {
        Stage sheet = open(robot, SHORTCUTS);
        List<Label> actions = onFx(() -> cells(sheet).stream().filter(l -> GridPane.getColumnIndex(l) == 1).toList());
        assertEquals(4, actions.size());
        double left = onFx(() -> actions.get(0).localToScene(0, 0).getX());
        for (Label action : actions) {
            assertEquals(left, onFx(() -> action.localToScene(0, 0).getX()), 0.5, action.getText());
        }
        Label widestKey = robot.from(sheet.getScene().getRoot()).lookup("1 / 2 / 3 / 4").queryAs(Label.class);
        assertTrue(onFx(() -> widestKey.localToScene(widestKey.getBoundsInLocal()).getMaxX()) < left,
                "keys never run into the actions");
    }

    @Test
    void escapeClosesIt(FxRobot robot) {
        Stage sheet = open(robot, SHORTCUTS);
        robot.type(KeyCode.ESCAPE);
        assertFalse(sheet.isShowing());
        assertTrue(editor.isShowing());
    }

    @Test
    void f1ClosesIt(FxRobot robot) {
        Stage sheet = open(robot, SHORTCUTS);
        robot.type(KeyCode.F1);
        assertFalse(sheet.isShowing());
    }

    @Test
    void theCloseButtonClosesIt(FxRobot robot) {
        Stage sheet = open(robot, SHORTCUTS);
        robot.clickOn("#shortcuts-close");
        assertFalse(sheet.isShowing());
    }

    @Test
    void aShortSheetShowsEverythingWithoutScrolling(FxRobot robot) {
        List<Shortcut> withWrapping = new ArrayList<>(SHORTCUTS);
        withWrapping.add(new Shortcut("Labels", "Shift+F10", "Open the context menu at the caret to label, delete "
                + "or find, the keyboard's way to everything the right mouse button offers"));
        Stage sheet = open(robot, withWrapping);
        ScrollPane scroll = robot.from(sheet.getScene().getRoot()).lookup(".scroll-pane").queryAs(ScrollPane.class);
        assertTrue(onFx(() -> scroll.getContent().getBoundsInLocal().getHeight()
                <= scroll.getViewportBounds().getHeight() + 0.5), "the wrapped lines fit in the window");
    }

    @Test
    void aLongListScrollsInsteadOfOutgrowingTheScreen(FxRobot robot) {
        List<Shortcut> many = new ArrayList<>();
        IntStream.range(0, 80).forEach(i -> many.add(new Shortcut("Group " + i / 10, "Ctrl+" + i, "Action " + i)));
        Stage sheet = open(robot, many);
        ScrollPane scroll = robot.from(sheet.getScene().getRoot()).lookup(".scroll-pane").queryAs(ScrollPane.class);

        assertTrue(sheet.getHeight() <= 640, "height " + sheet.getHeight());
        assertTrue(onFx(() -> scroll.getContent().getBoundsInLocal().getHeight() > scroll.getViewportBounds()
                .getHeight()), "the list is taller than its viewport");
        assertEquals(88, lines(sheet).size(), "all 80 shortcuts and 8 group headings are there to scroll to");
        robot.type(KeyCode.PAGE_DOWN);
        assertTrue(onFx(scroll::getVvalue) > 0, "Page Down scrolls the sheet");
    }

    private Stage open(FxRobot robot, List<Shortcut> shortcuts) {
        robot.interact(() -> ShortcutsOverlay.show(editor, shortcuts));
        Node root = robot.lookup("#shortcuts-overlay").query();
        return (Stage) root.getScene().getWindow();
    }

    /** The sheet as a user reads it: a group heading, or "keys | action", row by row. */
    private static List<String> lines(Stage sheet) {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            List<Label> cells = cells(sheet);
            cells.stream().map(GridPane::getRowIndex).distinct().forEach(row -> out.add(String.join(" | ",
                    cells.stream().filter(l -> GridPane.getRowIndex(l).equals(row)).map(Label::getText).toList())));
            return out;
        });
    }

    private static List<Label> cells(Stage sheet) {
        GridPane grid = (GridPane) ((ScrollPane) sheet.getScene().getRoot().lookup(".scroll-pane")).getContent();
        return grid.getChildren().stream().map(Label.class::cast)
                .sorted(Comparator.comparing((Label l) -> GridPane.getRowIndex(l))
                        .thenComparing(l -> GridPane.getColumnIndex(l)))
                .toList();
    }
}
