package org.factmark.ui.inspector;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.factmark.edit.AnnotationDocument;
import org.factmark.model.Annotation;
import org.factmark.model.AttributeCheck;
import org.factmark.model.AttributeDef;
import org.factmark.model.LabelDef;
import org.factmark.ui.flow.EditorState;

/**
 * The selected annotation's details, as a form generated from its label's attributes, with its note. What is
 * typed is part of the document from the keystroke, checked as it is typed, and undone one field's typing at
 * a time; values that do not fit their type are kept and flagged. Escape goes back to the text.
 */
public final class Inspector {
    private final EditorState state;
    private final Runnable backToText;
    private final Function<String, Collection<String>> suggestions;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label quoted = new Label();
    private final Label problems = new Label();
    private final TextArea note = new TextArea();
    private Map<String, AttributeField> fields = new LinkedHashMap<>();
    /** One form per label, built once and reused: new controls on every selection would each cost a CSS pass. */
    private final Map<String, Form> forms = new java.util.HashMap<>();
    private final javafx.scene.shape.Rectangle chip = new javafx.scene.shape.Rectangle(12, 12);
    private final Label noteName = new Label("Note");
    /** Every form built so far, all in the tree; only the selected label's is shown (showing is cheaper than adding). */
    private final VBox formBox = new VBox();

    private record Form(GridPane grid, Map<String, AttributeField> fields) {
    }
    private final ScrollPane scroll = new ScrollPane(root);
    private String shownId;
    private String shownLabel;
    /** The note's typing: a new one each time the focus comes or goes, or another annotation is shown. */
    private Object noteTyping = new Object();
    private boolean showingNote;

    public Inspector(EditorState state, Runnable backToText, Function<String, Collection<String>> suggestions) {
        this.state = state;
        this.backToText = backToText;
        this.suggestions = suggestions;
        root.setId("inspector");
        root.getStyleClass().add("inspector");
        root.setPadding(new Insets(10, 12, 12, 12));
        title.getStyleClass().add("inspector-title");
        title.setId("inspector-title");
        quoted.getStyleClass().add("inspector-quote");
        quoted.setWrapText(true);
        quoted.setMaxHeight(64);
        problems.getStyleClass().add("inspector-problems");
        problems.setId("inspector-problems");
        problems.setWrapText(true);
        chip.setArcWidth(4);
        chip.setArcHeight(4);
        noteName.getStyleClass().add("field-name");
        root.getChildren().setAll(title, quoted, formBox, problems, noteName, note);
        note.setId("inspector-note");
        note.setPromptText("Note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.focusedProperty().addListener((obs, was, is) -> {
            noteTyping = new Object();
            if (is) {
                scrollIntoView(note);
            }
        });
        note.textProperty().addListener((obs, old, typed) -> {
            if (!showingNote) {
                commitNote();
            }
        });
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("inspector-scroll");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                backToText.run();
            }
        });
        state.selectedProperty().addListener((obs, old, a) -> show(a));
        state.labelsProperty().addListener((obs, old, labels) -> {
            shownId = null;
            forms.clear();
            formBox.getChildren().clear();
            show(state.selected());
        });
        show(null);
    }

    public Node node() {
        return scroll;
    }

    /** Keeps the field that has the focus in view as Tab walks down a long form. */
    private void scrollIntoView(Node field) {
        double content = root.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = root.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double top = scroll.getVvalue() * (content - viewport);
        if (b.getMinY() < top) {
            scroll.setVvalue(Math.max(0, b.getMinY() - 8) / (content - viewport));
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(content - viewport, b.getMaxY() + 8 - viewport) / (content - viewport));
        }
    }

    /** Enter in the text: focus the first field, so the details can be typed straight away. */
    public void focusFirstField() {
        if (state.selected() == null) {
            return;
        }
        fields.values().stream().findFirst().ifPresentOrElse(AttributeField::requestFocus, note::requestFocus);
    }

    private void show(Annotation a) {
        if (a == null) {
            shownId = null;
            title.setText("No annotation selected");
            quoted.setText("Select a highlight or a row of the list to see and edit its details.");
            title.setGraphic(null);
            fields = new LinkedHashMap<>();
            shownLabel = null;
            showDetails(false);
            return;
        }
        boolean another = !a.id().equals(shownId);
        if (another || !a.label().equals(shownLabel)) {
            build(a);
        }
        showQuote(a);
        fields.forEach((id, field) -> field.show(a.attributes().get(id), another));
        for (AttributeDef def : state.labels().attributesOf(a)) {
            fields.get(def.id()).showProblem(AttributeCheck.problem(def, a.attributes().get(def.id())));
        }
        List<String> found = AttributeCheck.problems(state.labels(), a);
        problems.setText(String.join("\n", found));
        problems.setVisible(!found.isEmpty());
        problems.setManaged(!found.isEmpty());
        if (another || !note.isFocused()) {
            noteTyping = new Object();
            showingNote = true;
            try {
                note.setText(a.note());
            } finally {
                showingNote = false;
            }
        }
    }

    /** The annotation's text, as it is now: a boundary move changes it. */
    private void showQuote(Annotation a) {
        String text = state.document().text().substring(a.start(), Math.min(a.end(), a.start() + 280));
        quoted.setText("“" + text.replace('\n', ' ') + (a.end() - a.start() > 280 ? "…" : "") + "”");
    }

    private void build(Annotation a) {
        shownId = a.id();
        LabelDef def = state.labels().byId(a.label()).orElse(null);
        title.setText(def == null ? a.label() + " (not in this schema)" : def.name());
        if (def != null) {
            chip.setFill(javafx.scene.paint.Color.web(def.colour()));
        }
        title.setGraphic(def == null ? null : chip);
        Form form = forms.computeIfAbsent(a.label(), label -> {
            Form made = newForm(a);
            formBox.getChildren().add(made.grid());
            return made;
        });
        fields = form.fields();
        for (Form each : forms.values()) {
            each.grid().setVisible(each == form);
            each.grid().setManaged(each == form);
        }
        showDetails(true);
        shownLabel = a.label();
    }

    private void showDetails(boolean on) {
        for (Node n : List.of(formBox, noteName, note)) {
            n.setVisible(on);
            n.setManaged(on);
        }
        if (!on) {
            problems.setVisible(false);
            problems.setManaged(false);
        }
    }

    private Form newForm(Annotation a) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(names, values);
        Map<String, AttributeField> made = new LinkedHashMap<>();
        int row = 0;
        for (AttributeDef attribute : state.labels().attributesOf(a)) {
            AttributeField field = new AttributeField(attribute, (value, typing) -> commit(attribute, value, typing),
                    suggestions);
            Label name = new Label(attribute.name() + (attribute.required() ? " *" : ""));
            name.setLabelFor(field.node());
            name.getStyleClass().add("field-name");
            grid.addRow(row++, name, field.node());
            GridPane.setHgrow(field.node(), Priority.ALWAYS);
            field.node().focusedProperty().addListener((obs, was, is) -> {
                if (is) {
                    scrollIntoView(field.node());
                }
            });
            made.put(attribute.id(), field);
        }
        return new Form(grid, made);
    }

    /** Stores a detail; changes from the same {@code typing} (null for a pick) make one undo step. */
    private void commit(AttributeDef def, Object value, Object typing) {
        AnnotationDocument doc = state.document();
        Annotation current = state.selected();
        if (doc == null || current == null) {
            return;
        }
        // schema order first, then attributes the schema does not know, as they were
        Map<String, Object> next = new LinkedHashMap<>();
        for (AttributeDef d : state.labels().attributesOf(current)) {
            Object v = d.id().equals(def.id()) ? value : current.attributes().get(d.id());
            if (v != null) {
                next.put(d.id(), v);
            }
        }
        current.attributes().forEach((k, v) -> {
            if (state.labels().attributesOf(current).stream().noneMatch(d -> d.id().equals(k))) {
                next.put(k, v);
            }
        });
        doc.updateTyping("Set " + def.name().toLowerCase(java.util.Locale.ROOT), current.withAttributes(next, ""),
                typing);
    }

    private void commitNote() {
        AnnotationDocument doc = state.document();
        Annotation current = state.selected();
        if (doc != null && current != null && !note.getText().equals(current.note())) {
            doc.updateTyping("Edit note", current.withNote(note.getText(), ""), noteTyping);
        }
    }
}
