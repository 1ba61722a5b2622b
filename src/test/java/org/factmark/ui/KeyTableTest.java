package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The README's key table is the F1 sheet: the same keys with the same words, row for row, in the same order. */
@ExtendWith(ApplicationExtension.class)
class KeyTableTest {
    @TempDir
    Path dir;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, dir);
    }

    @Test
    void everyRowOfTheReadmeKeyTableIsARowOfTheF1SheetAndViceVersa(FxRobot robot) throws Exception {
        fx.open(fx.write("a.txt", "Some text to open, with the bundled labels."));
        robot.interact(() -> fx.area(robot).requestFocus());
        robot.type(KeyCode.F1);
        Stage sheet = (Stage) robot.lookup("#shortcuts-overlay").query().getScene().getWindow();
        List<String> shown = sheetRows(sheet);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != fx.stage)
                .forEach(Window::hide));

        List<String> readme = readmeRows();
        assertFalse(readme.isEmpty(), "the README has a key table");
        assertEquals(String.join("\n", readme), String.join("\n", shown),
                "README.md's table under “Working with the keyboard”, against the F1 sheet");
    }

    /** The rows of the table in the README's keyboard section, as plain text: "keys | does". */
    private static List<String> readmeRows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int section = lines.indexOf("## Working with the keyboard");
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines.subList(section + 1, lines.size())) {
            if (line.startsWith("|")) {
                inTable = true;
                String row = line.substring(1, line.length() - 1).trim().replace("**", "").replace("`", "");
                if (!row.startsWith("key |") && !row.startsWith("---")) {
                    rows.add(row);
                }
            } else if (inTable || line.startsWith("## ")) {
                break;
            }
        }
        return rows;
    }

    /** The sheet's rows, leaving out the group headings: "keys | action". */
    private static List<String> sheetRows(Stage sheet) {
        return onFx(() -> {
            GridPane grid = (GridPane) ((ScrollPane) sheet.getScene().getRoot().lookup(".scroll-pane")).getContent();
            List<Label> cells = grid.getChildren().stream().map(Label.class::cast)
                    .sorted(Comparator.comparing((Label l) -> GridPane.getRowIndex(l))
                            .thenComparing(l -> GridPane.getColumnIndex(l)))
                    .toList();
            List<String> rows = new ArrayList<>();
            cells.stream().map(GridPane::getRowIndex).distinct().forEach(row -> {
                List<String> cell = cells.stream().filter(l -> GridPane.getRowIndex(l).equals(row))
                        .map(Label::getText).toList();
                if (cell.size() == 2) {
                    rows.add(cell.get(0) + " | " + cell.get(1));
                }
            });
            return rows;
        });
    }
}
