package org.factmark.ui;

import static org.factmark.ui.WindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.factmark.labels.LabelSchemaLoader;
import org.factmark.model.Annotation;
import org.factmark.model.LabelSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The statistics window: what a fact-checker reads in it, and that it gets out of the way. */
@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest {
    private static final LabelSet LABELS = LabelSchemaLoader.bundledDefault();
    private static final List<Annotation> ANNOTATIONS = List.of(
            annotation("quote", "speaker", "The ministry"),
            annotation("quote", "kind", "direct"), // no speaker: missing a required detail
            annotation("figure", "value", 1200L),
            assertion("false"),
            assertion("false"),
            assertion("accurate"),
            assertion(null), // unrated, and the verdict is required
            annotation("event", "place", "Gaza")); // no date: missing a required detail
    private Stage editor;

    @Start
    void start(Stage stage) {
        atlantafx.base.theme.PrimerLight theme = new atlantafx.base.theme.PrimerLight();
        javafx.application.Application.setUserAgentStylesheet(theme.getUserAgentStylesheet());
        editor = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void theHeadingSaysHowManyAssertionsAreRatedAndWhatIsMissing(FxRobot robot) {
        Stage stats = open(robot, ANNOTATIONS);
        assertEquals("Statistics — Factmark", stats.getTitle());
        assertSame(editor, stats.getOwner());
        assertEquals(Modality.NONE, stats.getModality(), "the editor stays usable beside it");
        assertEquals("4 assertions, 3 rated · 3 annotations missing required details",
                find(robot, stats, "#stats-progress", Label.class).getText());
    }

    @Test
    void oneBarPerLabelInTheLabelsOwnColour(FxRobot robot) {
        Stage stats = open(robot, ANNOTATIONS);
        @SuppressWarnings("unchecked")
        BarChart<String, Number> chart = find(robot, stats, "#stats-labels-chart", BarChart.class);
        List<XYChart.Data<String, Number>> bars = chart.getData().get(0).getData();

        assertEquals(List.of("Quote (2)", "Figure (1)", "Assertion (4)", "Event (1)"),
                bars.stream().map(XYChart.Data::getXValue).toList());
        assertEquals(List.of(2, 1, 4, 1), bars.stream().map(d -> d.getYValue().intValue()).toList());
        for (int i = 0; i < bars.size(); i++) {
            Region bar = (Region) bars.get(i).getNode();
            Color painted = onFx(() -> (Color) bar.getBackground().getFills().get(0).getFill());
            assertEquals(Color.web(LABELS.labels().get(i).colour()), painted, bars.get(i).getXValue());
            assertTrue(bar.getHeight() > 0, "the bar is drawn");
        }
    }

    @Test
    void thePieShowsOnlyTheVerdictsGiven(FxRobot robot) {
        Stage stats = open(robot, ANNOTATIONS);
        PieChart pie = find(robot, stats, "#stats-verdict-chart", PieChart.class);
        assertEquals(List.of("unrated (1)", "accurate (1)", "false (2)"),
                pie.getData().stream().map(PieChart.Data::getName).toList());
        assertEquals(List.of(1.0, 1.0, 2.0), pie.getData().stream().map(PieChart.Data::getPieValue).toList());
    }

    @Test
    void withoutAssertionsThereIsNoPieButAWord(FxRobot robot) {
        Stage stats = open(robot, List.of(annotation("quote", "speaker", "The ministry")));
        assertEquals("0 assertions, 0 rated · 0 annotations missing required details",
                find(robot, stats, "#stats-progress", Label.class).getText());
        assertEquals("No assertions yet", find(robot, stats, "#stats-verdict-placeholder", Label.class).getText());
        assertTrue(robot.from(stats.getScene().getRoot()).lookup("#stats-verdict-chart").tryQuery().isEmpty());
    }

    @Test
    void escapeClosesIt(FxRobot robot) {
        Stage stats = open(robot, ANNOTATIONS);
        robot.type(KeyCode.ESCAPE);
        assertFalse(stats.isShowing());
        assertTrue(editor.isShowing(), "only the statistics window closes");
    }

    private Stage open(FxRobot robot, List<Annotation> annotations) {
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(StatisticsView.show(editor, LABELS, annotations));
            shown.get().requestFocus();
        });
        return shown.get();
    }

    private static <T extends javafx.scene.Node> T find(FxRobot robot, Stage stage, String id, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(id).queryAs(type);
    }

    private static Annotation assertion(String verdict) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("claimant", "Officials");
        attributes.put("verdict", verdict);
        return annotation("assertion", attributes);
    }

    private static Annotation annotation(String label, String attribute, Object value) {
        return annotation(label, Map.of(attribute, value));
    }

    private static Annotation annotation(String label, Map<String, Object> attributes) {
        return Annotation.create(label, 0, 5, "tester", "2024-01-01T00:00:00Z")
                .withAttributes(attributes, "2024-01-01T00:00:00Z");
    }
}
