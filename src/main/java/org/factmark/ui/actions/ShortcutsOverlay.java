package org.factmark.ui.actions;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/** A cheat sheet of the keyboard shortcuts, grouped, to glance at and dismiss with Escape, F1 or Close. */
public final class ShortcutsOverlay {
    /** Past this height the list scrolls rather than growing the window off the screen. */
    private static final double MAX_LIST_HEIGHT = 520;
    private static final double WIDTH = 760;
    private static final String KEYCAP = "-fx-font-family: monospace; -fx-padding: 1 7 1 7;"
            + " -fx-background-color: -color-bg-subtle; -fx-background-radius: 4;"
            + " -fx-border-color: -color-border-default; -fx-border-width: 1 1 2 1; -fx-border-radius: 4;";

    /** One line of the sheet: {@code keys} as the user presses them ("Ctrl+Shift+Z"), {@code action} what it does. */
    public record Shortcut(String group, String keys, String action) {
    }

    private ShortcutsOverlay() {
    }

    public static void show(Window owner, List<Shortcut> shortcuts) {
        // One grid for every group, so the action column lines up down the whole sheet.
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        grid.setPadding(new Insets(4, 16, 12, 16));
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT); // keys flush against the actions they trigger
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(keys, actions);

        int row = 0;
        for (Map.Entry<String, List<Shortcut>> group : byGroup(shortcuts).entrySet()) {
            Label heading = new Label(group.getKey());
            heading.getStyleClass().add(Styles.TEXT_CAPTION);
            GridPane.setHalignment(heading, HPos.LEFT); // the heading spans both columns, not the keys'
            GridPane.setMargin(heading, new Insets(row == 0 ? 8 : 14, 0, 2, 0));
            grid.add(heading, 0, row++, 2, 1);
            for (Shortcut s : group.getValue()) {
                Label key = new Label(s.keys());
                key.setStyle(KEYCAP);
                key.setMinWidth(Region.USE_PREF_SIZE); // a key combination is never cut short
                Label action = new Label(s.action());
                action.setWrapText(true);
                GridPane.setValignment(key, VPos.TOP);
                grid.addRow(row++, key, action);
            }
        }

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Button close = new Button("Close");
        close.setId("shortcuts-close");
        close.setDefaultButton(true);
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10, 16, 12, 16));
        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        root.setId("shortcuts-overlay");

        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL); // a glance, then back to work: nothing else while it is up
        stage.setTitle("Keyboard shortcuts");
        stage.setScene(new Scene(root, WIDTH, -1));
        close.setOnAction(e -> stage.close());
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                stage.close(); // F1, the usual help key, puts the sheet away as readily as it would bring it up
                e.consume();
            }
        });
        // A short sheet shows no scroll bar, a long one scrolls rather than growing off the screen. How tall
        // the wrapped actions are depends on the width: estimated to place the window, measured once shown.
        root.applyCss();
        fitList(scroll, grid, WIDTH - scroll.snappedLeftInset() - scroll.snappedRightInset());
        stage.show();
        fitList(scroll, grid, scroll.getViewportBounds().getWidth());
        stage.sizeToScene();
        scroll.requestFocus(); // arrows and Page Down scroll a long sheet; Enter still presses Close
    }

    private static void fitList(ScrollPane scroll, GridPane grid, double width) {
        scroll.setPrefViewportHeight(Math.min(MAX_LIST_HEIGHT, grid.prefHeight(width)));
    }

    private static Map<String, List<Shortcut>> byGroup(List<Shortcut> shortcuts) {
        Map<String, List<Shortcut>> groups = new LinkedHashMap<>(); // groups in the order they are first listed
        for (Shortcut s : shortcuts) {
            groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        }
        return groups;
    }
}
