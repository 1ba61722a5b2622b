package org.factmark.ui.desk;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The desk's side panel: the folder and its progress, the filters, the list, and the open article's status. */
final class DeskPanel {
    static final String ANY_STATUS = "Any status";
    final Label folder = new Label();
    final Label progress = new Label();
    final TextField filter = new TextField();
    final ComboBox<String> statusFilter = new ComboBox<>();
    final Label problem = new Label();
    final ComboBox<String> status = new ComboBox<>();
    private final VBox node;

    DeskPanel(DeskTable table) {
        folder.setId("desk-folder");
        folder.getStyleClass().add(Styles.TEXT_BOLD);
        progress.setId("desk-progress");
        progress.getStyleClass().add(Styles.TEXT_MUTED);
        filter.setId("desk-filter");
        filter.setPromptText("Filter: title, site, date, status, file…");
        statusFilter.setId("desk-status-filter");
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox filters = new HBox(6, filter, statusFilter);
        problem.setId("desk-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        status.setId("desk-article-status");
        status.setDisable(true);
        Label statusLabel = new Label("This article's status:");
        statusLabel.setLabelFor(status);
        HBox statusRow = new HBox(6, statusLabel, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table.view(), Priority.ALWAYS);
        node = new VBox(6, folder, progress, filters, table.view(), problem, statusRow);
        node.setId("desk-panel");
        node.setPadding(new Insets(6));
        node.setMinWidth(260);
    }

    VBox node() {
        return node;
    }
}
