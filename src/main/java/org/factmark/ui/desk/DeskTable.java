package org.factmark.ui.desk;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.factmark.desk.DeskEntry;
import org.factmark.desk.Statuses;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;

/**
 * The desk's list of articles: title, site, date, status, annotations per label and rated assertions, each
 * column sortable by a click on its title; broken files are listed with their problem in place of a title.
 */
final class DeskTable {
    private final ObservableList<DeskEntry> all = FXCollections.observableArrayList();
    private final FilteredList<DeskEntry> filtered = new FilteredList<>(all);
    private final TableView<DeskEntry> table = new TableView<>();
    private final Supplier<Statuses> statuses;
    private Path folder = Path.of("");

    DeskTable(Supplier<Statuses> statuses) {
        this.statuses = statuses;
        SortedList<DeskEntry> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("desk-list");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No articles in this folder"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeskEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("broken"),
                        !empty && entry != null && entry.isBroken());
                setTooltip(empty || entry == null ? null : new Tooltip(tooltip(entry)));
            }
        });
    }

    TableView<DeskEntry> view() {
        return table;
    }

    ObservableList<DeskEntry> all() {
        return all;
    }

    FilteredList<DeskEntry> filtered() {
        return filtered;
    }

    void setFolder(Path folder) {
        this.folder = folder;
    }

    /** Puts a column per label of {@code labels} between the status and the rated assertions. */
    void columnsFor(LabelSet labels) {
        TableColumn<DeskEntry, String> title = text("Title", DeskEntry::shownTitle);
        title.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                DeskEntry entry = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || entry == null ? null : entry.isBroken() ? "⚠ " + value + " — " + entry.problem()
                        : value);
            }
        });
        title.setPrefWidth(220);
        TableColumn<DeskEntry, String> status = text("Status", e -> e.isBroken() ? "" : statuses.get().of(e));
        status.setComparator(Comparator.comparingInt(s -> statuses.get().rank(s)));
        table.getColumns().setAll(java.util.List.of(title, text("Site", DeskEntry::site),
                text("Date", DeskEntry::date), status));
        for (LabelDef def : labels.labels()) {
            TableColumn<DeskEntry, Integer> count = number(def.name(), e -> e.count(def.id()));
            count.setId("desk-count-" + def.id());
            table.getColumns().add(count);
        }
        TableColumn<DeskEntry, DeskEntry> rated = new TableColumn<>("Rated");
        rated.setId("desk-rated");
        rated.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        rated.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DeskEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null || e.isBroken() ? null : e.rated() + " / " + e.assertions());
            }
        });
        rated.setComparator(Comparator.comparingInt(DeskEntry::rated).thenComparingInt(DeskEntry::assertions));
        rated.setPrefWidth(64);
        table.getColumns().add(rated);
    }

    private TableColumn<DeskEntry, String> text(String name, java.util.function.Function<DeskEntry, String> value) {
        TableColumn<DeskEntry, String> column = new TableColumn<>(name);
        column.setId("desk-" + name.toLowerCase(Locale.ROOT));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue()) == null ? ""
                : value.apply(c.getValue())));
        return column;
    }

    private TableColumn<DeskEntry, Integer> number(String name, java.util.function.ToIntFunction<DeskEntry> value) {
        TableColumn<DeskEntry, Integer> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue())));
        column.setPrefWidth(56);
        return column;
    }

    private String tooltip(DeskEntry entry) {
        String where = folder.relativize(entry.article()).toString();
        if (entry.isBroken()) {
            return where + "\n" + entry.problem();
        }
        String status = entry.status() == null ? "" : "\nstatus " + entry.status().value()
                + (entry.status().by() == null ? "" : " by " + entry.status().by())
                + (entry.status().at() == null ? "" : " at " + entry.status().at());
        return where + "\n" + entry.annotations() + " annotations" + status;
    }

    /** Whether {@code entry} has {@code words} (lower case) in its title, site, date, status, path or problem. */
    boolean matches(DeskEntry entry, String words) {
        if (words.isBlank()) {
            return true;
        }
        String haystack = String.join("\n", entry.shownTitle(), String.valueOf(entry.site()),
                String.valueOf(entry.date()), entry.isBroken() ? "" : statuses.get().of(entry),
                folder.relativize(entry.article()).toString(), String.valueOf(entry.problem()))
                .toLowerCase(Locale.ROOT);
        for (String word : words.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
