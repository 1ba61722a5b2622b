package org.factmark.ui.article;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.text.Font;

/**
 * The article's reading face: the first installed of a list of comfortable text serifs. JavaFX CSS takes one
 * family, not a fallback list, so the choice is made here against the fonts this machine has.
 */
final class ReadingFont {
    private static final List<String> PREFERRED = List.of("Charter", "Georgia", "Noto Serif", "Source Serif 4",
            "Source Serif Pro", "Merriweather", "DejaVu Serif", "Liberation Serif", "Cambria", "Times New Roman");
    private static String chosen;

    private ReadingFont() {
    }

    static synchronized String family() {
        if (chosen == null) {
            Set<String> installed = new HashSet<>(Font.getFamilies());
            chosen = PREFERRED.stream().filter(installed::contains).findFirst().orElse("Serif");
        }
        return chosen;
    }
}
