package org.factmark.ui.list;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeCheck;
import org.factmark.model.LabelSet;
import org.factmark.model.LineIndex;
import org.fxmisc.flowless.Cell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row of the annotation list: missing-details mark, label, text, verdict, line:column. The nodes are made
 * once and reused as the row shows other annotations; nothing is added to or removed from the scene on update,
 * so scrolling and edits cost no CSS pass beyond the changed texts.
 */
final class AnnotationRow implements Cell<Annotation, HBox> {
    static final double WARNING_WIDTH = 26;
    static final double LABEL_WIDTH = 108;
    static final double VERDICT_WIDTH = 120;
    static final double POSITION_WIDTH = 84;
    private static final int SNIPPET = 120;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ODD = PseudoClass.getPseudoClass("odd");

    private final HBox row = new HBox();
    private final FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
    private final Label warningCell = new Label();
    private final Tooltip warningTip = new Tooltip();
    private final Rectangle chip = new Rectangle(10, 10);
    private final Label label = column(LABEL_WIDTH, "list-label");
    private final Label text = new Label();
    private final Label verdict = column(VERDICT_WIDTH, "list-verdict");
    private final Label position = column(POSITION_WIDTH, "list-position");
    private final Supplier<LabelSet> labels;
    private final Supplier<String> article;
    private final Supplier<LineIndex> lines;
    private final java.util.function.Predicate<String> selected;
    private Annotation item;
    private Runnable disposed = () -> { };

    AnnotationRow(Supplier<LabelSet> labels, Supplier<String> article, Supplier<LineIndex> lines,
                  java.util.function.Predicate<String> selected) {
        this.selected = selected;
        this.labels = labels;
        this.article = article;
        this.lines = lines;
        row.getStyleClass().add("list-row");
        row.setAlignment(Pos.CENTER_LEFT);
        warningCell.getStyleClass().add("list-warning");
        warningCell.setGraphic(warning);
        warningCell.setMinWidth(WARNING_WIDTH);
        warningCell.setMaxWidth(WARNING_WIDTH);
        warning.setVisible(false);
        chip.setArcWidth(3);
        chip.setArcHeight(3);
        label.setGraphic(chip);
        text.getStyleClass().addAll("list-cell", "list-text");
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        row.getChildren().addAll(warningCell, label, text, verdict, position);
    }

    private static Label column(double width, String styleClass) {
        Label l = new Label();
        l.getStyleClass().addAll("list-cell", styleClass);
        l.setMinWidth(width);
        l.setPrefWidth(width);
        l.setMaxWidth(width);
        return l;
    }

    @Override
    public HBox getNode() {
        return row;
    }

    @Override
    public boolean isReusable() {
        return true;
    }

    @Override
    public void updateItem(Annotation a) {
        item = a;
        setSelected(selected.test(a.id()));
        LabelSet set = labels.get();
        label.setText(set.nameOf(a.label()));
        chip.setFill(set.byId(a.label()).map(d -> Color.web(d.colour())).orElse(Color.GRAY));
        text.setText(snippet(article.get(), a));
        verdict.setText(Objects.toString(a.attributes().get("verdict"), ""));
        LineIndex lineIndex = lines.get();
        position.setText((lineIndex.line(a.start()) + 1) + ":" + (lineIndex.column(a.start()) + 1));
        List<String> problems = AttributeCheck.problems(set, a);
        boolean warn = !problems.isEmpty();
        warning.setVisible(warn);
        if (warn != warningCell.getStyleClass().contains("warning-cell")) {
            if (warn) {
                warningCell.getStyleClass().add("warning-cell");
                warningCell.setTooltip(warningTip);
            } else {
                warningCell.getStyleClass().remove("warning-cell");
                warningCell.setTooltip(null);
            }
        }
        if (warn) {
            warningTip.setText(String.join("\n", problems));
        }
        row.setAccessibleText(label.getText() + ": " + text.getText()
                + (warn ? "; needs details: " + String.join("; ", problems) : ""));
    }

    @Override
    public void updateIndex(int i) {
        row.pseudoClassStateChanged(ODD, i % 2 == 1);
    }

    /** Runs when the flow drops this row for good. */
    void onDispose(Runnable action) {
        disposed = action;
    }

    @Override
    public void dispose() {
        item = null;
        disposed.run();
    }

    @Override
    public void reset() {
        item = null;
    }

    Annotation item() {
        return item;
    }

    void setSelected(boolean selected) {
        row.pseudoClassStateChanged(SELECTED, selected);
    }

    /** The start of an annotation's text on one line, as the list shows it (and sorts by it). */
    static String snippet(String article, Annotation a) {
        int end = Math.min(Math.min(a.end(), article.length()), a.start() + SNIPPET);
        String s = article.substring(Math.min(a.start(), end), end).replace('\n', ' ');
        return end < a.end() ? s + "…" : s;
    }
}
