package org.factmark.ui.actions;

import java.util.ArrayList;
import java.util.List;
import org.factmark.model.LabelDef;
import org.factmark.model.LabelSet;

/** Every key Factmark answers to, as the shortcuts overlay (F1) lists them. */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static List<ShortcutsOverlay.Shortcut> all(LabelSet labels) {
        List<ShortcutsOverlay.Shortcut> keys = new ArrayList<>();
        String label = "Labelling";
        for (LabelDef def : labels.labels()) {
            if (def.key() > 0) {
                keys.add(new ShortcutsOverlay.Shortcut(label, String.valueOf(def.key()),
                        "Label the selection as " + def.name().toLowerCase(java.util.Locale.ROOT)
                                + ", or relabel the selected annotations"));
            }
        }
        keys.add(new ShortcutsOverlay.Shortcut(label, "Delete", "Delete the selected annotations"));
        keys.add(new ShortcutsOverlay.Shortcut(label, "Alt+← / Alt+→", "Move the selected annotation's start"));
        keys.add(new ShortcutsOverlay.Shortcut(label, "Alt+Shift+← / →", "Move its end"));
        keys.add(new ShortcutsOverlay.Shortcut(label, "Alt+C", "Move boundaries by character instead of by word"));
        keys.add(new ShortcutsOverlay.Shortcut(label, "Ctrl+Z", "Undo"));
        keys.add(new ShortcutsOverlay.Shortcut(label, "Ctrl+Shift+Z, Ctrl+Y", "Redo"));
        String moving = "Moving around";
        keys.add(new ShortcutsOverlay.Shortcut(moving, "Shift+arrows, Ctrl+Shift+← / →", "Select text by character / by word"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "N / P, Tab / Shift+Tab", "Next / previous annotation"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "Click a highlight", "Select its annotation; again: the one around it"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "↑ / ↓, Page Up / Down, Home / End",
                "In the list: step through the rows (with Shift: select several)"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "Enter", "Edit the selected annotation's details"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "F6 / Shift+F6", "Focus the text, the list, the details in turn"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "Escape", "Back to the text; deselect the annotation"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "Ctrl+F, Enter / F3, Shift+F3", "Find, next, previous"));
        keys.add(new ShortcutsOverlay.Shortcut(moving, "Shift+F10, Menu", "Context menu"));
        String file = "File and view";
        keys.add(new ShortcutsOverlay.Shortcut(file, "Ctrl+O, Ctrl+S, Ctrl+Q", "Open, save, quit"));
        keys.add(new ShortcutsOverlay.Shortcut(file, "Ctrl+= / Ctrl+- / Ctrl+0", "Larger, smaller, normal text"));
        keys.add(new ShortcutsOverlay.Shortcut(file, "Ctrl+E", "Export (W3C, brat, CSV, JSONL, CoNLL, HTML, ClaimReview)"));
        keys.add(new ShortcutsOverlay.Shortcut(file, "F7", "Review annotations moved or lost by edits to the article"));
        keys.add(new ShortcutsOverlay.Shortcut(file, "F9", "Statistics"));
        keys.add(new ShortcutsOverlay.Shortcut(file, "F1 or ?", "This list"));
        return keys;
    }
}
