package org.factmark.ui.feedback;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** The few questions and messages the editor shows; each names the file it is about. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private Dialogs() {
    }

    /** Save / Don't Save / Cancel for unsaved changes; closing the dialog counts as Cancel. */
    public static ButtonType askToSave(Window owner, String fileName) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", SAVE, DONT_SAVE, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to the annotations of “" + fileName + "”?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.getDialogPane().setId("save-changes-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.orElse(CANCEL);
    }

    /** The sidecar changed on disk since it was read: overwrite it (its version is kept) or cancel the save. */
    public static boolean confirmOverwrite(Window owner, String sidecarName) {
        ButtonType overwrite = new ButtonType("Save Mine", ButtonBar.ButtonData.YES);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", overwrite, CANCEL);
        alert.initOwner(owner);
        alert.setTitle("The annotations changed on disk");
        alert.setHeaderText(sidecarName + " was changed by another program since Factmark read it.");
        alert.setContentText("Save Mine replaces it with what you see here; the other version is kept (File ▸ "
                + "Restore Previous Version… brings it back). Cancel leaves both as they are.");
        alert.getDialogPane().setId("changed-on-disk-dialog");
        return alert.showAndWait().orElse(CANCEL) == overwrite;
    }

    public static void error(Window owner, String header, String message) {
        show(owner, Alert.AlertType.ERROR, "Factmark", header, message);
    }

    public static void warning(Window owner, String header, String message) {
        show(owner, Alert.AlertType.WARNING, "Factmark", header, message);
    }

    public static void info(Window owner, String header, String message) {
        show(owner, Alert.AlertType.INFORMATION, "Factmark", header, message);
    }

    private static void show(Window owner, Alert.AlertType type, String title, String header, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label body = new Label(message);
        body.setWrapText(true);
        body.setMaxWidth(560);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setId("message-dialog");
        alert.showAndWait();
    }
}
