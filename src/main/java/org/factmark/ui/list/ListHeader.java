package org.factmark.ui.list;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeCheck;
import org.factmark.model.LabelSet;
import org.factmark.model.SpanOrder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The column titles over the annotation list. A click on a title sorts by that column, a second click
 * reverses the order and a third returns to text order.
 */
final class ListHeader {
    private final HBox box = new HBox();
    private final DoubleProperty paddingRight = new SimpleDoubleProperty();
    private final List<Column> columns = new ArrayList<>();
    private final Consumer<Comparator<Annotation>> sortBy;
    private Column sortedBy;
    private boolean descending;

    private record Column(Label title, String name, Comparator<Annotation> order) {
    }

    ListHeader(Supplier<LabelSet> labels, Supplier<String> text, Consumer<Comparator<Annotation>> sortBy) {
        this.sortBy = sortBy;
        box.getStyleClass().add("list-header");
        box.setAlignment(Pos.CENTER_LEFT);
        paddingRight.addListener((obs, old, right) -> box.setPadding(new Insets(0, right.doubleValue(), 0, 0)));
        Label warning = add("", AnnotationRow.WARNING_WIDTH, (x, y) -> Boolean.compare(
                AttributeCheck.missingRequired(labels.get(), x), AttributeCheck.missingRequired(labels.get(), y)));
        warning.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        warning.setTooltip(new Tooltip("Missing required details"));
        add("Label", AnnotationRow.LABEL_WIDTH, Comparator.comparing(a -> labels.get().nameOf(a.label())));
        Label textTitle = add("Text", -1, Comparator.comparing(a -> AnnotationRow.snippet(text.get(), a),
                String.CASE_INSENSITIVE_ORDER));
        HBox.setHgrow(textTitle, Priority.ALWAYS);
        add("Verdict", AnnotationRow.VERDICT_WIDTH, Comparator.comparing(
                a -> Objects.toString(a.attributes().get("verdict"), "")));
        add("Line:Col", AnnotationRow.POSITION_WIDTH, SpanOrder.ORDER);
    }

    Node node() {
        return box;
    }

    DoubleProperty paddingRightProperty() {
        return paddingRight;
    }

    private Label add(String name, double width, Comparator<Annotation> order) {
        Label title = new Label(name);
        title.getStyleClass().add("list-header-cell");
        title.setAccessibleRole(AccessibleRole.BUTTON);
        title.setAccessibleHelp("Sorts the list by this column");
        if (width > 0) {
            title.setMinWidth(width);
            title.setPrefWidth(width);
            title.setMaxWidth(width);
        } else {
            title.setMinWidth(0);
            title.setMaxWidth(Double.MAX_VALUE);
        }
        Column column = new Column(title, name, order);
        title.setOnMouseClicked(e -> clicked(column));
        columns.add(column);
        box.getChildren().add(title);
        return title;
    }

    private void clicked(Column column) {
        if (sortedBy != column) {
            sortedBy = column;
            descending = false;
        } else if (!descending) {
            descending = true;
        } else {
            sortedBy = null; // third click: back to text order
        }
        for (Column c : columns) {
            c.title().setText(c == sortedBy ? c.name() + (descending ? " ▼" : " ▲") : c.name());
        }
        sortBy.accept(sortedBy == null ? null : descending ? sortedBy.order().reversed() : sortedBy.order());
    }
}
