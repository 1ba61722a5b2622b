package org.factmark.ui.desk;

import atlantafx.base.theme.Styles;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
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
import org.factmark.desk.FolderStats;
import org.factmark.desk.Statuses;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;

/**
 * F9 with a folder open: the folder's figures over all its articles — annotations per label, the verdicts, the
 * articles per status — and the verdicts over time, by the month each article was published. A snapshot.
 */
final class FolderStatisticsView {
    private static final Map<String, String> VERDICT_COLOURS = Map.of(
            "accurate", "#009E73", "mostly accurate", "#56B4E9", "misleading", "#E69F00", "false", "#D55E00",
            "unverifiable", "#999999", "unrated", "#d0d0d0");

    private FolderStatisticsView() {
    }

    static Stage show(Window owner, LabelSet labels, FolderStats stats, Statuses statuses) {
        int annotations = stats.byLabel().values().stream().mapToInt(Integer::intValue).sum();
        Label heading = new Label(stats.usable() + " articles · " + stats.done() + " of " + stats.usable() + " "
                + statuses.done() + " · " + annotations + " annotations · " + stats.assertions() + " assertions, "
                + stats.rated() + " rated" + (stats.broken() == 0 ? "" : " · " + stats.broken() + " cannot be read"));
        heading.setId("folder-stats-heading");
        heading.setWrapText(true);
        heading.getStyleClass().add(Styles.TITLE_4);
        HBox top = new HBox(16, labelsChart(labels, stats), verdictChart(stats), statusChart(stats));
        top.getChildren().forEach(chart -> HBox.setHgrow(chart, Priority.ALWAYS));
        VBox root = new VBox(12, heading, top, overTime(stats));
        VBox.setVgrow(top, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle("Folder statistics — Factmark");
        stage.setScene(new Scene(root, 1100, 760));
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.show();
        return stage;
    }

    private static BarChart<String, Number> labelsChart(LabelSet labels, FolderStats stats) {
        BarChart<String, Number> chart = bars("Annotations per label");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        labels.labels().forEach(def -> counts.put(def.id(), 0));
        stats.byLabel().forEach((id, n) -> counts.merge(id, n, Integer::sum));
        counts.forEach((id, n) -> series.getData().add(new XYChart.Data<>(labels.nameOf(id) + " (" + n + ")", n,
                labels.byId(id).map(LabelDef::colour).filter(c -> c.matches("#[0-9A-Fa-f]{6}")).orElse("#888888"))));
        chart.getData().add(series);
        series.getData().forEach(bar -> bar.getNode().setStyle("-fx-bar-fill: " + bar.getExtraValue() + ";"));
        return chart;
    }

    private static BarChart<String, Number> statusChart(FolderStats stats) {
        BarChart<String, Number> chart = bars("Articles per status");
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        stats.byStatus().forEach((status, n) -> series.getData().add(new XYChart.Data<>(status + " (" + n + ")", n)));
        chart.getData().add(series);
        return chart;
    }

    private static BarChart<String, Number> bars(String title) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        counts.setTickLabelFormatter(new NumberAxis.DefaultFormatter(counts) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }
        });
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    private static javafx.scene.Node verdictChart(FolderStats stats) {
        if (stats.assertions() == 0) {
            Label none = new Label("No assertions yet");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            none.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            return none;
        }
        PieChart chart = new PieChart();
        chart.setId("folder-stats-verdicts");
        chart.setTitle("Assertion verdicts");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setLabelLineLength(8);
        chart.setStartAngle(90);
        stats.verdicts().forEach((verdict, n) -> {
            PieChart.Data slice = new PieChart.Data(verdict + " (" + n + ")", n);
            chart.getData().add(slice);
            slice.getNode().setStyle("-fx-pie-color: " + VERDICT_COLOURS.getOrDefault(verdict, "#bbbbbb") + ";");
        });
        return chart;
    }

    /** One stacked bar per month, a segment per verdict. */
    private static javafx.scene.Node overTime(FolderStats stats) {
        NumberAxis counts = new NumberAxis();
        counts.setMinorTickVisible(false);
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), counts);
        chart.setId("folder-stats-over-time");
        chart.setTitle("Verdicts by the articles' month");
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        Set<String> verdicts = new LinkedHashSet<>(stats.verdicts().keySet());
        for (String verdict : verdicts) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(verdict);
            stats.verdictsByMonth().forEach((month, byVerdict) ->
                    series.getData().add(new XYChart.Data<>(month, byVerdict.getOrDefault(verdict, 0))));
            chart.getData().add(series);
            String colour = VERDICT_COLOURS.getOrDefault(verdict, "#bbbbbb");
            series.getData().forEach(bar -> bar.getNode().setStyle("-fx-bar-fill: " + colour + ";"));
        }
        return chart;
    }
}
