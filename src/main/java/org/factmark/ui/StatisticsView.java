package org.factmark.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.regex.Pattern;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factmark.edit.Statistics;
import org.factmark.model.Annotation;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;

/**
 * A snapshot of how far the article's fact-check has got: annotations per label in the labels' own colours,
 * the assertions' verdicts, and how many annotations still lack a required detail or hold one that does not
 * fit its type. It does not follow later
 * edits; opening it again shows the new numbers.
 */
final class StatisticsView {
    /** The grey the highlights use for labels the schema does not know. */
    private static final String UNKNOWN_COLOUR = "#888888";
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private StatisticsView() {
    }

    /** Opens the window beside the editor (not modal, so the user can keep labelling) and returns it. */
    static Stage show(Window owner, LabelSet labels, List<Annotation> annotations) {
        Statistics stats = Statistics.of(labels, annotations);
        Label heading = new Label(stats.progress() + " · " + missingDetails(stats.missingRequired())
                + (stats.misfits() == 0 ? "" : " · " + misfits(stats.misfits())));
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        heading.setId("stats-progress");
        heading.getStyleClass().add(Styles.TITLE_4);

        Label annotators = new Label("By annotator: " + String.join(" · ", stats.byCreator().entrySet().stream()
                .map(e -> (e.getKey().isEmpty() ? "(no name)" : e.getKey()) + " " + e.getValue()).toList()));
        annotators.setId("stats-annotators");
        annotators.setWrapText(true);
        annotators.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        annotators.setVisible(!stats.byCreator().isEmpty());
        annotators.setManaged(annotators.isVisible());

        Node verdicts = verdictChart(stats);
        HBox charts = new HBox(16, labelsChart(labels, stats), verdicts);
        charts.getChildren().forEach(chart -> HBox.setHgrow(chart, Priority.ALWAYS));
        VBox root = new VBox(12, heading, annotators, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        root.setPadding(new Insets(16));

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Statistics — Factmark");
        stage.setScene(new Scene(root, 860, 480));
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.show();
        return stage;
    }

    private static BarChart<String, Number> labelsChart(LabelSet labels, Statistics stats) {
        int most = stats.byLabel().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // Fixed whole-number ticks: auto-ranging would mark 0.5 steps for small counts, which no one can have.
        int unit = Math.max(1, (int) Math.ceil(most / 8.0));
        NumberAxis counts = new NumberAxis(0, Math.max(unit, Math.ceil(most / (double) unit) * unit), unit);
        counts.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setId("stats-labels-chart");
        chart.setTitle("Annotations per label");
        chart.setLegendVisible(false);
        chart.setAnimated(false); // a snapshot: bars growing from zero would only delay reading it

        XYChart.Series<String, Number> series = new XYChart.Series<>();
        stats.byLabel().forEach((id, n) ->
                series.getData().add(new XYChart.Data<>(labels.nameOf(id) + " (" + n + ")", n, colourOf(labels, id))));
        chart.getData().add(series);
        // Adding the series creates the bar nodes. An inline style outranks the theme's .default-color0 rule,
        // which would paint every bar alike; the flat fill matches the highlights and the status bar's chips.
        for (XYChart.Data<String, Number> bar : series.getData()) {
            bar.getNode().setStyle("-fx-bar-fill: " + bar.getExtraValue() + "; -fx-background-color: "
                    + bar.getExtraValue() + ";");
        }
        return chart;
    }

    private static Node verdictChart(Statistics stats) {
        if (!stats.hasVerdicts() || stats.assertions() == 0) {
            Label none = new Label(stats.hasVerdicts() ? "No assertions yet"
                    : "This label schema gives assertions no verdict");
            none.setId("stats-verdict-placeholder");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setAlignment(Pos.CENTER);
            none.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            return none;
        }
        PieChart chart = new PieChart();
        chart.setId("stats-verdict-chart");
        chart.setTitle("Assertion verdicts");
        chart.setAnimated(false);
        // The slices are labelled, so no legend: it would only shrink the pie.
        chart.setLegendVisible(false);
        chart.setLabelLineLength(8);
        chart.setStartAngle(90);
        // Verdicts no assertion has would be empty slices whose labels only crowd the others.
        stats.verdicts().forEach((verdict, n) -> {
            if (n > 0) {
                PieChart.Data slice = new PieChart.Data(verdict + " (" + n + ")", n);
                chart.getData().add(slice);
                slice.getNode().setStyle("-fx-pie-color: " + VERDICT_COLOURS.getOrDefault(verdict, "#bbbbbb") + ";");
            }
        });
        return chart;
    }

    /** Colours that say what a verdict means, from the colour-blind-safe Okabe–Ito palette and greys. */
    private static final java.util.Map<String, String> VERDICT_COLOURS = java.util.Map.of(
            "accurate", "#009E73", "mostly accurate", "#56B4E9", "misleading", "#E69F00", "false", "#D55E00",
            "unverifiable", "#999999", "unrated", "#d0d0d0");

    private static String colourOf(LabelSet labels, String id) {
        // Schemas from a file are checked on loading, but a colour goes into CSS here, so check it again.
        return labels.byId(id).map(LabelDef::colour).filter(c -> HEX_COLOUR.matcher(c).matches())
                .orElse(UNKNOWN_COLOUR);
    }

    private static String misfits(int n) {
        return n + (n == 1 ? " annotation" : " annotations") + " with a detail that does not fit its type";
    }

    private static String missingDetails(int n) {
        return n + (n == 1 ? " annotation" : " annotations") + " missing required details";
    }
}
