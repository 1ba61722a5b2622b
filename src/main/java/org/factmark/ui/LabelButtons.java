package org.factmark.ui;

import javafx.scene.control.Button;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.factmark.model.LabelDef;
import org.factmark.ui.actions.AppAction;

/** The toolbar's label buttons: the label's colour, its name and its key, so the palette is its own legend. */
final class LabelButtons {
    private LabelButtons() {
    }

    static Button button(LabelDef def, AppAction action) {
        Button b = action.button();
        b.setText(def.key() + "  " + def.name());
        b.setGraphic(chip(def));
        b.setId("label-button-" + def.id());
        b.getStyleClass().add("label-button");
        b.setTooltip(new javafx.scene.control.Tooltip("Label the selection as " + def.name().toLowerCase()
                + ", or relabel the selected annotation (key " + def.key() + ")"));
        return b;
    }

    static Rectangle chip(LabelDef def) {
        Rectangle chip = new Rectangle(12, 12, Color.web(def.colour()));
        chip.setArcWidth(4);
        chip.setArcHeight(4);
        return chip;
    }
}
