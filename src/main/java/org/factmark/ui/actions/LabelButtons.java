package org.factmark.ui.actions;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.factmark.model.LabelDef;

/** The toolbar's label buttons: the label's colour, its name and its key, so the palette is its own legend. */
final class LabelButtons {
    private LabelButtons() {
    }

    static Button button(LabelDef def, Button b) {
        b.setText(def.key() + "  " + def.name());
        b.setGraphic(chip(def));
        b.setId("label-button-" + def.id());
        b.getStyleClass().add("label-button");
        b.setTooltip(new Tooltip("Label the selection as " + def.name().toLowerCase(Locale.ROOT)
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
