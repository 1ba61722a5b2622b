package org.factmark.ui.actions;

import static org.factmark.ui.actions.Action.Group.EDIT;
import static org.factmark.ui.actions.Action.Group.FILE;
import static org.factmark.ui.actions.Action.Group.HELP;
import static org.factmark.ui.actions.Action.Group.LABEL;
import static org.factmark.ui.actions.Action.Group.VIEW;
import static org.factmark.ui.actions.Action.Scope.EDITOR;
import static org.factmark.ui.actions.Action.Scope.TEXT;
import static org.factmark.ui.actions.Action.Scope.TEXT_OR_LIST;
import static org.factmark.ui.actions.Action.Scope.WINDOW;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.factmark.edit.SpanAdjuster.Edge;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;
import org.factmark.ui.article.ArticleView;
import org.factmark.ui.article.FindBar;
import org.factmark.ui.files.ExportImportController;
import org.factmark.ui.files.FileController;
import org.factmark.ui.flow.EditorState;
import org.factmark.ui.safety.ReviewPanel;
import org.factmark.ui.safety.WorkKeeper;
import org.factmark.ui.selection.AnnotationController;
import org.kordamp.ikonli.feather.Feather;

/**
 * Every command of the window and every key it answers to, in menu order: the one place a key, its menu
 * text and its help line are written. The label actions follow the label schema of the open article.
 */
public final class ActionTable {
    private final AnnotationController annotations;
    private final ObservableBooleanValue noDocument;
    private final BooleanProperty byCharacter = new SimpleBooleanProperty();
    private final List<Action> actions = new ArrayList<>();
    private List<Action> labelActions = List.of();
    private LabelSet labels;

    public ActionTable(EditorState state, AnnotationController annotations, FileController files, FindBar find,
                       ArticleView view, ExportImportController exports, WorkKeeper keeper, ReviewPanel review,
                       WindowCommands window) {
        this.annotations = annotations;
        this.noDocument = state.documentProperty().isNull();
        ObservableBooleanValue noSelection = state.selectedProperty().isNull();
        PaneFocus panes = new PaneFocus(state, view, window.list(), window.toInspector());
        byCharacter.addListener((obs, was, on) -> annotations.setMoveByCharacter(on));
        String saveFirst = " (asks Save / Don't Save / Cancel when there is unsaved work)";

        add(Action.command(FILE, "Open…", files::chooseAndOpen).key(WINDOW, "Shortcut+O").icon(Feather.FOLDER)
                .onToolbar().help("open an article" + saveFirst));
        add(Action.command(FILE, "Open Folder…", window.openFolder()).key(WINDOW, "Shortcut+Shift+O")
                .icon(Feather.INBOX).help("open a folder of articles in the desk beside the text" + saveFirst
                        .replace(")", " on moving to another article)")));
        add(Action.command(FILE, "Open This Article's Folder", window.openArticleFolder()).disabledWhen(noDocument));
        add(Action.command(FILE, "Add Article…", window.addArticle()).icon(Feather.FILE_PLUS));
        add(Action.submenu(FILE, window.recent()));
        add(Action.command(FILE, "Save", files::saveFromKey).key(WINDOW, "Shortcut+S").icon(Feather.SAVE)
                .disabledWhen(Bindings.not(state.dirtyProperty())).onToolbar().startsSection()
                .help("save (the title shows “• NAME — Factmark” while there are unsaved changes; the file is "
                        + "written in the background, and a Ctrl+S while a save runs saves once more after it)"));
        add(Action.command(FILE, "Restore Previous Version…", keeper::restorePreviousVersion).icon(Feather.CLOCK)
                .disabledWhen(noDocument));
        add(Action.command(FILE, "Show Original", window.showOriginal()).icon(Feather.EXTERNAL_LINK)
                .disabledWhen(window.noOriginal()));
        add(Action.command(FILE, "Export…", exports::export).key(WINDOW, "Shortcut+E").icon(Feather.SHARE)
                .disabledWhen(noDocument).startsSection()
                .help("export the annotations: W3C, brat, CSV, JSONL, CoNLL, HTML, ClaimReview"));
        add(Action.command(FILE, "Import Annotations…", exports::importAnnotations).icon(Feather.DOWNLOAD)
                .disabledWhen(noDocument));
        add(Action.command(FILE, "Compare With…", window.compareWith()).key(WINDOW, "Shortcut+Shift+D")
                .icon(Feather.COLUMNS).disabledWhen(noDocument).startsSection()
                .help("compare your annotations with a colleague's sidecar of the article, or with yours on another "
                        + "git branch or commit: their differing spans are outlined in the text"));
        add(Action.described(FILE, "T, K, B", "in the compare view: take theirs, keep mine, or both, for the selected "
                + "difference (with Shift, or on a group's title: for every difference of that kind); each is one undo "
                + "step"));
        add(Action.command(FILE, "Annotator Name…", window.askAnnotator()).icon(Feather.USER).startsSection());
        add(Action.command(FILE, "Quit", window.quit()).key(WINDOW, "Shortcut+Q").startsSection()
                .help("quit" + saveFirst));

        add(Action.command(EDIT, "Undo", annotations::undo).key(WINDOW, "Shortcut+Z").icon(Feather.ROTATE_CCW)
                .disabledWhen(Bindings.not(state.canUndoProperty())).onToolbar()
                .help("undo every annotation change — labels, spans, details and notes — and select what it touched"));
        add(Action.command(EDIT, "Redo", annotations::redo).key(WINDOW, "Shortcut+Shift+Z").key(WINDOW, "Shortcut+Y")
                .icon(Feather.ROTATE_CW).disabledWhen(Bindings.not(state.canRedoProperty())).onToolbar()
                .help("redo what was undone"));
        add(Action.command(EDIT, "Find…", find::open).key(WINDOW, "Shortcut+F").icon(Feather.SEARCH)
                .disabledWhen(noDocument).onToolbar().inContextMenu().startsSection()
                .help("find as a reader means it (see below); in the find bar Enter / Shift+Enter go to the next / previous "
                        + "match, Escape closes it and keeps the match selected (a query with no match leaves "
                        + "nothing selected)"));
        pair(Action.command(EDIT, "Find Next", () -> find.find(true)).key(WINDOW, "F3").disabledWhen(noDocument)
                .help("next / previous match"),
                Action.command(EDIT, "Find Previous", () -> find.find(false)).key(WINDOW, "Shift+F3")
                        .disabledWhen(noDocument));
        add(Action.command(EDIT, "Delete Annotation", annotations::deleteSelected).key(EDITOR, "Delete")
                .quietKey(EDITOR, new KeyCodeCombination(KeyCode.BACK_SPACE)).icon(Feather.TRASH_2)
                .disabledWhen(noSelection).onToolbar().inContextMenu().startsSection()
                .help("delete the selected annotation (or every row selected in the list)"));
        add(Action.command(EDIT, "Move Boundaries by Character", null).checked(byCharacter).key(EDITOR, "Alt+C")
                .help("move boundaries by character instead of by word, and back"));
        pair(Action.keyOnly(EDIT, "move the selected annotation's start by a word (by a character after Alt+C)",
                () -> annotations.moveBoundary(Edge.START, false)).key(EDITOR, "Alt+Left"),
                Action.keyOnly(EDIT, null, () -> annotations.moveBoundary(Edge.START, true)).key(EDITOR, "Alt+Right"));
        pair(Action.keyOnly(EDIT, "move its end (a boundary never leaves its paragraph)",
                () -> annotations.moveBoundary(Edge.END, false)).key(EDITOR, "Alt+Shift+Left"),
                Action.keyOnly(EDIT, null, () -> annotations.moveBoundary(Edge.END, true)).key(EDITOR, "Alt+Shift+Right"));
        add(Action.keyOnly(EDIT, "the context menu (label, delete, find) at the caret", view::showContextMenuAtCaret)
                .key(EDITOR, "Shift+F10").key(EDITOR, new KeyCodeCombination(KeyCode.CONTEXT_MENU)));

        add(Action.described(LABEL, "Shift+arrows, Ctrl+Shift+←/→", "select by character / by word (the mouse "
                + "works too)"));
        add(Action.described(LABEL, "click a highlight", "select its annotation, innermost first; click again to "
                + "step outward"));

        pair(Action.command(VIEW, "Next Annotation", () -> annotations.step(true)).key(EDITOR, "N")
                .key(TEXT, "Tab").icon(Feather.ARROW_DOWN).disabledWhen(noDocument)
                .help("next / previous annotation in text order (selects it, scrolls to it)"),
                Action.command(VIEW, "Previous Annotation", () -> annotations.step(false)).key(EDITOR, "P")
                        .key(TEXT, "Shift+Tab").icon(Feather.ARROW_UP).disabledWhen(noDocument));
        add(Action.described(VIEW, "↑ / ↓, Page Up / Down, Home / End", "in the list: step through the rows "
                + "(the text follows); with Shift, select several; Ctrl+click adds or removes one row"));
        add(Action.keyOnly(VIEW, "edit the selected annotation's details in the inspector (what you type counts at "
                + "once: Ctrl+S saves it, and a field's typing is one undo step); Escape goes back to the text",
                window.toInspector()).key(EDITOR, "Enter").disabledWhen(noSelection));
        add(Action.keyOnly(VIEW, "deselect the annotation", panes::deselect).key(EDITOR, "Esc")
                .disabledWhen(noSelection));
        pair(Action.keyOnly(VIEW, "move the focus on to the text, the list, the selected annotation's details, in "
                + "turn (with Shift: back)", () -> panes.move(true)).key(WINDOW, "F6"),
                Action.keyOnly(VIEW, null, () -> panes.move(false)).key(WINDOW, "Shift+F6"));
        pair(Action.command(VIEW, "Larger Text", window.larger()).icon(Feather.ZOOM_IN).startsSection()
                .key(WINDOW, new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN))
                .help("larger / smaller text"),
                Action.command(VIEW, "Smaller Text", window.smaller()).icon(Feather.ZOOM_OUT)
                        .key(WINDOW, new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)));
        add(Action.command(VIEW, "Normal Size", window.normalSize())
                .key(WINDOW, new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN))
                .help("normal text size"));
        add(Action.command(VIEW, "Dark Theme", null).checked(window.dark()));
        add(Action.submenu(VIEW, window.direction()));
        add(Action.command(VIEW, "Review Re-anchored Annotations…", review::show).key(WINDOW, "F7")
                .icon(Feather.CHECK_SQUARE).disabledWhen(noDocument).startsSection()
                .help("review the annotations moved or lost by edits to the article"));
        add(Action.described(VIEW, "Enter, A, R, Delete", "in the review panel: show one in the text, accept it, "
                + "re-attach the orphan to the selected text (R works in the text too), delete an orphan"));
        add(Action.command(VIEW, "Seen Before", window.seenBefore()).key(WINDOW, "F8").icon(Feather.LAYERS)
                .disabledWhen(noDocument).help("go to “Seen before”: the assertions or quotes most like the selected "
                        + "one in the folder's other articles and the reference folders, with their verdicts"));
        add(Action.described(VIEW, "Enter, V", "in “Seen before”: open the matched article; copy its verdict, "
                + "explanation and evidence into the selected annotation (one undoable step)"));
        add(Action.command(VIEW, "Statistics…", window.statistics()).key(WINDOW, "F9").icon(Feather.BAR_CHART_2)
                .disabledWhen(Bindings.and(noDocument, window.noFolder())).onToolbar()
                .help("statistics: annotations per label, the verdicts, how many assertions are rated, how many "
                        + "annotations lack a required detail or hold one that does not fit its type; with a "
                        + "folder open in the desk, the same over all its articles, and the verdicts by month"));
        add(Action.described(VIEW, "↑ / ↓, Enter in the desk", "move through the folder's articles, opening each "
                + "in turn; Enter opens the selected one, and a broken file shows its problem"));

        add(Action.command(HELP, "Keyboard Shortcuts", window.shortcuts()).key(WINDOW, "F1")
                .typed(TEXT_OR_LIST, "?").icon(Feather.HELP_CIRCLE).help("every key (this list)"));
    }

    private void add(Action action) {
        actions.add(action);
    }

    /** Two actions that are one command both ways, listed on one help row. */
    private void pair(Action one, Action otherWay) {
        add(one.opposite(otherWay));
        add(otherWay);
    }

    /** Makes the label actions for a schema, one per label, keyed by the label's digit. */
    public void showLabels(LabelSet schema) {
        labels = schema;
        List<Action> made = new ArrayList<>();
        for (LabelDef def : schema.labels()) {
            Action a = Action.command(LABEL, "Label as " + def.name(), () -> annotations.applyLabel(def.id()))
                    .disabledWhen(noDocument).label(def).id("label-as-" + def.id())
                    .inContextMenu();
            if (def.key() > 0) {
                a.key(EDITOR, new KeyCodeCombination(KeyCode.valueOf("DIGIT" + def.key())))
                        .quietKey(EDITOR, new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + def.key())));
            }
            made.add(a);
        }
        labelActions = List.copyOf(made);
    }

    /** Every action in menu order, the label actions last in the Label group. */
    public List<Action> all() {
        List<Action> all = new ArrayList<>();
        actions.stream().filter(a -> a.group.compareTo(LABEL) <= 0).forEach(all::add);
        all.addAll(labelActions);
        actions.stream().filter(a -> a.group.compareTo(LABEL) > 0).forEach(all::add);
        return all;
    }

    List<Action> labelActions() {
        return labelActions;
    }

    /**
     * The F1 sheet's rows, in table order under their group: each action's keys and help line. The label
     * actions share one row, "1 / 2 / 3 / 4 — label the selection as quote / figure / …".
     */
    public List<ShortcutsOverlay.Shortcut> helpRows() {
        List<ShortcutsOverlay.Shortcut> rows = new ArrayList<>();
        for (Action a : all()) {
            if (a.label != null) {
                if (a == labelActions.get(0)) {
                    labelRow().ifPresent(rows::add);
                }
            } else if (a.help != null) {
                rows.add(new ShortcutsOverlay.Shortcut(a.group.title(), a.keysText(), a.help));
            }
        }
        return rows;
    }

    private Optional<ShortcutsOverlay.Shortcut> labelRow() {
        List<LabelDef> keyed = labels.labels().stream().filter(d -> d.key() > 0).toList();
        if (keyed.isEmpty()) {
            return Optional.empty();
        }
        String keys = keyed.stream().map(d -> String.valueOf(d.key())).collect(Collectors.joining(" / "));
        String names = keyed.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" / "));
        return Optional.of(new ShortcutsOverlay.Shortcut(LABEL.title(), keys, "label the selection as "
                + names + " — or relabel the selected annotation, or every row selected in the list"));
    }
}
