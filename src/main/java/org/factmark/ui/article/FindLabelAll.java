package org.factmark.ui.article;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.factmark.edit.AnnotationDocument;
import org.factmark.labelall.LabelAll;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;

/**
 * The find bar's "Label all": every match of the query labelled at once with the label chosen (from the menu,
 * or Alt and the label's digit while typing), as one undoable step, matches already labelled so skipped.
 */
final class FindLabelAll {
    private final MenuButton button = new MenuButton("Label all");
    private final Supplier<List<int[]>> matches;
    private final Supplier<AnnotationDocument> document;
    private final Supplier<LabelSet> labels;
    private final Consumer<String> tell;

    FindLabelAll(Supplier<List<int[]>> matches, Supplier<AnnotationDocument> document, Supplier<LabelSet> labels,
                 Consumer<String> tell) {
        this.matches = matches;
        this.document = document;
        this.labels = labels;
        this.tell = tell;
        button.setId("find-label-all");
        button.setFocusTraversable(false);
        button.setTooltip(new Tooltip("Label every match (Alt and the label's digit while typing); one undo"));
        button.setOnShowing(e -> fillMenu());
        fillMenu();
    }

    MenuButton node() {
        return button;
    }

    private void fillMenu() {
        button.getItems().clear();
        for (LabelDef def : labels.get().labels()) {
            MenuItem item = new MenuItem("as " + def.name() + (def.key() > 0 ? "    Alt+" + def.key() : ""));
            item.setId("find-label-all-" + def.id());
            item.setOnAction(e -> labelAll(def));
            button.getItems().add(item);
        }
    }

    /** Alt and a label's digit: labels every match with it. True when the key was one. */
    boolean onKey(KeyEvent e) {
        if (!e.isAltDown() || e.isControlDown() || e.isShortcutDown()) {
            return false;
        }
        int digit = digit(e.getCode());
        if (digit < 0) {
            return false;
        }
        return labels.get().byKey(digit).map(def -> {
            labelAll(def);
            return true;
        }).orElse(false);
    }

    void labelAll(LabelDef def) {
        AnnotationDocument doc = document.get();
        if (doc == null) {
            return;
        }
        List<int[]> found = matches.get();
        if (found.isEmpty()) {
            tell.accept("No matches to label");
            return;
        }
        tell.accept(summary(LabelAll.apply(doc, found, def.id(), def.name()), def.name()));
    }

    /** "Labelled 12 matches as figure; 3 were already labelled". */
    static String summary(LabelAll.Plan plan, String labelName) {
        String name = labelName.toLowerCase(Locale.ROOT);
        int n = plan.made().size();
        String made = n == 0 ? "No new matches to label as " + name
                : "Labelled " + n + (n == 1 ? " match" : " matches") + " as " + name;
        if (plan.already() == 0) {
            return made;
        }
        return made + "; " + plan.already() + (plan.already() == 1 ? " was" : " were") + " already labelled";
    }

    private static int digit(KeyCode code) {
        String name = code.name();
        if (name.startsWith("DIGIT") || name.startsWith("NUMPAD")) {
            char c = name.charAt(name.length() - 1);
            return Character.isDigit(c) ? c - '0' : -1;
        }
        return -1;
    }
}
