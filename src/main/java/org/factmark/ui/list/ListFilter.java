package org.factmark.ui.list;

import java.util.Objects;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.factmark.edit.DocumentEvent;
import org.factmark.model.Annotation;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.search.Fold;
import org.factmark.ui.flow.EditorState;

/**
 * Above the list: show only one label, one verdict, or annotations whose text, note or details match (as the
 * find bar matches: {@link Fold}).
 */
public final class ListFilter {
    public static final String ALL_LABELS = "All labels";
    public static final String ANY_VERDICT = "Any verdict";
    public static final String EVERYONE = "Everyone";
    /** How an annotation without a {@code creator} is listed among the annotators. */
    static final String NO_NAME = "(no name)";
    /** Assertions whose verdict is still empty (the "unrated" choice lists them too, with those rated so). */
    static final String NOT_SET = "not set";
    private final HBox root = new HBox(6);
    private final ComboBox<String> label = new ComboBox<>();
    private final ComboBox<String> verdict = new ComboBox<>();
    private final ComboBox<String> creator = new ComboBox<>();
    private final TextField text = new TextField();
    private final Label count = new Label();
    private final EditorState state;
    private final AnnotationList table;

    public ListFilter(EditorState state, AnnotationList table) {
        this.state = state;
        this.table = table;
        root.getStyleClass().add("list-filter");
        root.setAlignment(Pos.CENTER_LEFT);
        label.setId("filter-label");
        verdict.setId("filter-verdict");
        text.setId("filter-text");
        creator.setId("filter-creator");
        creator.setMinWidth(105);
        creator.setPrefWidth(110);
        text.setMinWidth(70); // a third choice must not squeeze the filter text out of sight
        label.setMinWidth(130);
        verdict.setMinWidth(140);
        text.setPromptText("Filter");
        HBox.setHgrow(text, Priority.ALWAYS);
        count.getStyleClass().add("filter-count");
        count.setId("filter-count");
        root.getChildren().addAll(label, verdict, creator, text, count);
        label.valueProperty().addListener((obs, old, v) -> apply());
        verdict.valueProperty().addListener((obs, old, v) -> apply());
        creator.valueProperty().addListener((obs, old, v) -> apply());
        fillCreators(new java.util.TreeSet<>());
        text.textProperty().addListener((obs, old, v) -> apply());
        state.labelsProperty().addListener((obs, old, labels) -> fillChoices(labels));
        fillChoices(state.labels());
    }

    public Node node() {
        return root;
    }

    /** Part of the list step of the change flow: a new document is filtered as the last, an edit counted. */
    public void take(DocumentEvent event) {
        if (event instanceof DocumentEvent.Shown) {
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            state.document().annotations().all().forEach(a -> names.add(nameOf(a)));
            fillCreators(names);
            apply();
        } else if (event instanceof DocumentEvent.Edited edited) {
            // an edit can bring a new annotator (an import, a merge); one whose last annotation went stays listed
            java.util.TreeSet<String> names = new java.util.TreeSet<>(creator.getItems().subList(1,
                    creator.getItems().size()));
            edited.change().after().forEach(a -> names.add(nameOf(a)));
            if (names.size() != creator.getItems().size() - 1) {
                fillCreators(names);
            }
            showCount();
        }
    }

    private void fillChoices(LabelSet labels) {
        label.getItems().setAll(ALL_LABELS);
        labels.labels().forEach(d -> label.getItems().add(d.name()));
        label.setValue(ALL_LABELS);
        verdict.getItems().setAll(ANY_VERDICT);
        labels.byId("assertion").flatMap(d -> d.attribute("verdict"))
                .ifPresent(v -> {
                    verdict.getItems().addAll(v.values());
                    verdict.getItems().add(NOT_SET);
                });
        verdict.setValue(ANY_VERDICT);
        verdict.setVisible(verdict.getItems().size() > 1);
        verdict.setManaged(verdict.isVisible());
    }

    /** The annotators to choose from; the choice is shown only when there are two or more. */
    private void fillCreators(java.util.SortedSet<String> names) {
        String chosen = creator.getValue();
        creator.getItems().setAll(EVERYONE);
        creator.getItems().addAll(names);
        creator.setValue(chosen != null && names.contains(chosen) ? chosen : EVERYONE);
        creator.setVisible(names.size() > 1 || !EVERYONE.equals(creator.getValue()));
        creator.setManaged(creator.isVisible());
    }

    private static String nameOf(Annotation a) {
        return a.creator().isEmpty() ? NO_NAME : a.creator();
    }

    private void apply() {
        String labelName = label.getValue();
        String labelId = state.labels().labels().stream().filter(d -> d.name().equals(labelName))
                .map(LabelDef::id).findFirst().orElse(null);
        String wanted = verdict.getValue();
        String query = text.getText().strip();
        String who = creator.getValue();
        boolean anyone = who == null || EVERYONE.equals(who);
        Predicate<Annotation> filter = a -> (labelId == null || a.label().equals(labelId))
                && (wanted == null || ANY_VERDICT.equals(wanted) || hasVerdict(a, wanted))
                && (anyone || who.equals(nameOf(a)))
                && (query.isEmpty() || matches(a, query));
        boolean everything = labelId == null && (wanted == null || ANY_VERDICT.equals(wanted)) && anyone
                && query.isEmpty();
        table.setFilter(everything ? null : filter);
        showCount();
    }

    /** Whether an annotation has the verdict chosen; an empty one counts as "unrated" on labels that have one. */
    private boolean hasVerdict(Annotation a, String wanted) {
        Object value = a.attributes().get("verdict");
        if (value != null && !value.toString().isBlank()) {
            return wanted.equals(value.toString());
        }
        boolean rated = state.labels().attributesOf(a).stream().anyMatch(d -> d.id().equals("verdict"));
        return rated && (NOT_SET.equals(wanted) || "unrated".equals(wanted));
    }

    private boolean matches(Annotation a, String query) {
        String text = state.document() == null ? "" : state.document().text().substring(a.start(), a.end());
        return Fold.contains(text, query, false) || Fold.contains(a.note(), query, false)
                || a.attributes().values().stream().anyMatch(v -> Fold.contains(String.valueOf(v), query, false));
    }

    private void showCount() {
        int all = state.document() == null ? 0 : state.document().annotations().size();
        int shown = table.shownCount();
        count.setText(shown == all ? all + "" : shown + " of " + all);
    }
}
