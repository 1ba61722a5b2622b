package org.factmark.ui.article;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.factmark.edit.TextSearch;
import org.factmark.search.FoldCache;
import org.factmark.search.FoldedText;
import org.factmark.ui.feedback.StatusBar;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Ctrl+F: type to search as a reader means it (case, the script of digits, Arabic or Persian letter forms,
 * tatweel, ZWNJ and Unicode normalisation do not matter; diacritics when the box says so), Enter or F3 for the next match, Shift+Enter or Shift+F3 for the
 * previous, Escape to close and go back to the text with the match still selected. A query with no match
 * leaves nothing selected.
 */
public final class FindBar {
    private final HBox root = new HBox(6);
    private final TextField field = new TextField();
    private final Label counter = new Label();
    private final ArticleView view;
    private final StatusBar status;
    private final java.util.function.Supplier<String> text;
    private final CheckBox ignoreDiacritics = new CheckBox("Ignore diacritics");
    private final FoldCache folds = new FoldCache();
    private FindLabelAll labelAll;

    public FindBar(ArticleView view, StatusBar status, java.util.function.Supplier<String> text) {
        this.text = text;
        this.view = view;
        this.status = status;
        root.getStyleClass().add("find-bar");
        root.setId("find-bar");
        root.setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText("Find in article");
        field.setPrefColumnCount(28);
        counter.setId("find-counter");
        counter.getStyleClass().add("find-counter");
        Button previous = iconButton(Feather.CHEVRON_UP, "Previous match (Shift+Enter)");
        previous.setOnAction(e -> find(false));
        Button next = iconButton(Feather.CHEVRON_DOWN, "Next match (Enter, F3)");
        next.setOnAction(e -> find(true));
        Button close = iconButton(Feather.X, "Close (Escape)");
        close.setOnAction(e -> close());
        ignoreDiacritics.setId("find-ignore-diacritics");
        ignoreDiacritics.setFocusTraversable(false);
        ignoreDiacritics.setTooltip(new javafx.scene.control.Tooltip(
                "Find “cafe” in “café”, “کتب” in “كَتَبَ”: accents, harakat and Hebrew points do not count"));
        ignoreDiacritics.selectedProperty().addListener((obs, old, on) -> searchAsYouType());
        root.getChildren().addAll(new FontIcon(Feather.SEARCH), field, counter, previous, next, ignoreDiacritics,
                close);
        hideNode();
        field.textProperty().addListener((obs, old, q) -> searchAsYouType());
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
                find(!e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            } else if (labelAll != null && labelAll.onKey(e)) {
                e.consume();
            }
        });
    }

    /** Shows "Label all" (and Alt+digit) for the open document with the labels of its schema. */
    public void enableLabelAll(java.util.function.Supplier<org.factmark.edit.AnnotationDocument> document,
                               java.util.function.Supplier<org.factmark.model.LabelSet> labels) {
        labelAll = new FindLabelAll(this::allMatches, document, labels, said -> {
            counter.setText(said);
            status.flash(said);
        });
        root.getChildren().add(root.getChildren().size() - 1, labelAll.node());
        // the field gives way first: the counter's summary, the box and the menu keep their words
        for (javafx.scene.layout.Region r : java.util.List.of(counter, ignoreDiacritics, labelAll.node())) {
            r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        field.setMinWidth(120);
    }

    /** Every match of the query in the article, in text order (none when the query is empty). */
    java.util.List<int[]> allMatches() {
        String query = field.getText();
        if (query.isEmpty()) {
            return java.util.List.of();
        }
        boolean loose = ignoreDiacritics.isSelected();
        return new TextSearch(folds.of(text.get(), loose).join(), query, loose).all();
    }

    public HBox node() {
        return root;
    }

    boolean isOpen() {
        return root.isVisible();
    }

    public void open() {
        root.setVisible(true);
        root.setManaged(true);
        String selected = view.area().getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n") && selected.length() < 200) {
            field.setText(selected);
        }
        field.requestFocus();
        field.selectAll();
        folds.of(text.get(), ignoreDiacritics.isSelected()); // a long article starts folding while the user types
    }

    void close() {
        hideNode();
        view.area().requestFocus();
    }

    /** Next (or previous) match after the current selection; used by Enter, F3 and the buttons. */
    public void find(boolean forward) {
        String query = field.getText();
        if (query.isEmpty()) {
            open();
            return;
        }
        withSearch(query, search -> {
            var sel = view.area().articleSelection();
            show(search, forward ? search.next(sel.getLength() > 0 ? sel.getStart() + 1 : sel.getStart())
                    : search.previous(sel.getStart()));
        });
    }

    private void searchAsYouType() {
        String query = field.getText();
        if (query.isEmpty()) {
            counter.setText("");
            return;
        }
        withSearch(query, search -> show(search, search.next(view.area().articleSelection().getStart())));
    }

    /** Runs the search now, or when a long article's folding is ready if the query is still the same then. */
    private void withSearch(String query, Consumer<TextSearch> then) {
        boolean loose = ignoreDiacritics.isSelected();
        CompletableFuture<FoldedText> folding = folds.of(text.get(), loose);
        if (folding.isDone()) {
            then.accept(new TextSearch(folding.join(), query, loose));
            return;
        }
        counter.setText("Searching…");
        folding.thenAccept(folded -> Platform.runLater(() -> {
            if (isOpen() && query.equals(field.getText()) && loose == ignoreDiacritics.isSelected()) {
                then.accept(new TextSearch(folded, query, loose));
            }
        }));
    }

    private void show(TextSearch search, Optional<int[]> match) {
        match.ifPresentOrElse(m -> {
            view.select(m[0], m[1]);
            counter.setText(search.ordinalOf(m[0]) + " of " + search.count());
            field.pseudoClassStateChanged(NOT_FOUND, false);
        }, () -> {
            // nothing found, nothing selected: a label key after Escape must not label an older match
            view.area().moveTo(view.area().getSelection().getStart());
            counter.setText("No matches");
            field.pseudoClassStateChanged(NOT_FOUND, true);
            status.flash("No match for “" + field.getText() + "”");
        });
    }

    private void hideNode() {
        root.setVisible(false);
        root.setManaged(false);
    }

    private static Button iconButton(Feather icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    private static final javafx.css.PseudoClass NOT_FOUND = javafx.css.PseudoClass.getPseudoClass("not-found");
}
