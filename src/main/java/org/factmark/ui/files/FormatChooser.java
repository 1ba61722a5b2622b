package org.factmark.ui.files;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Export and Import dialogs' choice of format: every format with its name and what it carries, wrapped
 * and shown whole, so the formats can be compared at a glance. The arrow keys choose, Enter takes it.
 */
final class FormatChooser {
    private FormatChooser() {
    }

    static <T> Optional<T> choose(Window owner, String title, String header, List<T> options,
                                  Function<T, String> name, Function<T, String> description) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("format-dialog");
        pane.getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ToggleGroup group = new ToggleGroup();
        VBox list = new VBox(10);
        list.setId("format-list");
        list.setPrefWidth(620);
        for (T option : options) {
            RadioButton choice = new RadioButton(name.apply(option) + " — " + description.apply(option));
            choice.setWrapText(true);
            choice.setMinHeight(Region.USE_PREF_SIZE);
            choice.setUserData(option);
            choice.setToggleGroup(group);
            list.getChildren().add(choice);
        }
        group.selectToggle(group.getToggles().get(0));
        pane.setContent(list);
        dialog.setResultConverter(button -> {
            @SuppressWarnings("unchecked")
            T chosen = button == ButtonType.OK ? (T) group.getSelectedToggle().getUserData() : null;
            return chosen;
        });
        // a focused radio button takes Enter as a press of itself; here Enter takes the format chosen
        list.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                ((Button) pane.lookupButton(ButtonType.OK)).fire();
            }
        });
        Platform.runLater(() -> ((RadioButton) group.getSelectedToggle()).requestFocus());
        return dialog.showAndWait();
    }
}
