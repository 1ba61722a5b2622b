package org.factmark.ui.feedback;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;

/** Counts per label, a passing message, and the caret's line and column. */
public final class StatusBar {
    private final HBox root = new HBox(14);
    private final HBox countBox = new HBox(14);
    private final Map<String, Label> counts = new LinkedHashMap<>();
    private final Label progress = new Label();
    private final Label message = new Label();
    private final Label caret = new Label();
    private final Label source = new Label();
    private final PauseTransition fade = new PauseTransition(Duration.seconds(6));

    public StatusBar(LabelSet labels) {
        root.getStyleClass().add("status-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        countBox.setAlignment(Pos.CENTER_LEFT);
        progress.setId("status-progress");
        progress.getStyleClass().add("status-progress");
        root.getChildren().addAll(countBox, progress);
        setLabels(labels);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        message.setId("status-message");
        message.getStyleClass().add("status-message");
        // in a narrow window the passing message gives way (whole in its tooltip); the counts never do
        message.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty());
        message.setTooltip(whole);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        caret.setId("caret-position");
        caret.setMinWidth(Region.USE_PREF_SIZE);
        source.setId("status-source");
        source.getStyleClass().add("status-progress");
        source.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip sourceDetails = new Tooltip();
        source.setTooltip(sourceDetails);
        root.getChildren().addAll(source, spacer, message, caret);
        showSource("", "");
        fade.setOnFinished(e -> message.setText(""));
    }

    /** One count per label of the schema in use. */
    public void setLabels(LabelSet labels) {
        counts.clear();
        countBox.getChildren().clear();
        for (LabelDef def : labels.labels()) {
            Rectangle chip = new Rectangle(10, 10, Color.web(def.colour()));
            chip.setArcWidth(3);
            chip.setArcHeight(3);
            Label count = new Label();
            count.setGraphic(chip);
            count.setId("count-" + def.id());
            count.getStyleClass().add("label-count");
            count.setMinWidth(Region.USE_PREF_SIZE);
            counts.put(def.id(), count);
            countBox.getChildren().add(count);
        }
        showCounts(labels, Map.of());
    }

    /** Fact-checking progress, such as "12 assertions, 7 rated". */
    public void showProgress(String text) {
        progress.setText(text);
    }

    public HBox node() {
        return root;
    }

    public void showCounts(LabelSet labels, Map<String, Integer> byLabel) {
        for (LabelDef def : labels.labels()) {
            int n = byLabel.getOrDefault(def.id(), 0);
            Label count = counts.get(def.id());
            if (count != null) {
                count.setText(n + " " + plural(def.name(), n));
            }
        }
    }

    /** Where the article came from ("Daily Example · 2026-11-30"), with every detail in the tooltip. */
    public void showSource(String text, String details) {
        source.setText(text);
        source.getTooltip().setText(details);
        source.setVisible(!text.isEmpty());
        source.setManaged(!text.isEmpty());
    }

    /** The progress and messages of adding an article, for the controller in another package. */
    public org.factmark.ui.add.AddArticleController.Progress progressForAdding() {
        return new org.factmark.ui.add.AddArticleController.Progress() {
            @Override
            public void start(String text, Runnable cancel) {
                progress(text, cancel);
            }

            @Override
            public void done() {
                progressDone();
            }

            @Override
            public void flash(String text) {
                StatusBar.this.flash(text);
            }
        };
    }

    public void showCaret(String position) {
        caret.setText(position);
    }

    private final javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
    private final javafx.scene.control.Button cancel = new javafx.scene.control.Button("Cancel");

    /** Work under way off the JavaFX thread: a message, a spinner and a Cancel button, until {@link #progressDone}. */
    public void progress(String text, Runnable onCancel) {
        fade.stop();
        message.setText(text);
        spinner.setPrefSize(16, 16);
        cancel.setId("progress-cancel");
        cancel.setOnAction(e -> {
            progressDone();
            onCancel.run();
        });
        if (!root.getChildren().contains(spinner)) {
            root.getChildren().add(root.getChildren().indexOf(message), spinner);
            root.getChildren().add(root.getChildren().indexOf(message) + 1, cancel);
        }
    }

    public void progressDone() {
        root.getChildren().removeAll(spinner, cancel);
        message.setText("");
    }

    /** A message that stays a few seconds. */
    public void flash(String text) {
        message.setText(text);
        fade.playFromStart();
    }

    private static String plural(String name, int n) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return n == 1 ? lower : lower + "s";
    }
}
