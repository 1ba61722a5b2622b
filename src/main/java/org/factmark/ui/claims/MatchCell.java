package org.factmark.ui.claims;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.factmark.claims.Claim;
import org.factmark.claims.ClaimIndex;

/** One match: its verdict, article, date and similarity on a line, and the claim's words below. */
final class MatchCell extends ListCell<ClaimIndex.Match> {
    private final Label heading = new Label();
    private final Label text = new Label();
    private final VBox box = new VBox(2, heading, text);
    private final java.util.function.Supplier<Path> folder;

    MatchCell(java.util.function.Supplier<Path> folder) {
        this.folder = folder;
        heading.getStyleClass().add("seen-before-heading");
        text.getStyleClass().add("seen-before-text");
        text.setWrapText(true);
        text.setMaxHeight(60);
        box.setMinWidth(0);
        setPrefWidth(0); // wrap to the list's width rather than widen it
    }

    @Override
    protected void updateItem(ClaimIndex.Match match, boolean empty) {
        super.updateItem(match, empty);
        if (empty || match == null) {
            setGraphic(null);
            setText(null);
            setTooltip(null);
            return;
        }
        heading.setText(describe(match, folder.get()));
        text.setText("“" + match.claim().text().replaceAll("\\s+", " ").strip() + "”");
        setText(null);
        setGraphic(box);
        Claim c = match.claim();
        setTooltip(new Tooltip(c.article() + (c.explanation().isBlank() ? "" : "\n\n" + c.explanation())
                + (c.evidence().isEmpty() ? "" : "\n\n" + String.join("\n", c.evidence()))));
    }

    /** "false · yesterday.txt · 2026-11-30 · 87 %", the article relative to the open article's folder. */
    static String describe(ClaimIndex.Match match, Path folder) {
        Claim c = match.claim();
        String article = folder != null && c.article().startsWith(folder) ? folder.relativize(c.article()).toString()
                : c.article().getFileName().toString();
        return (c.rated() ? c.verdict() : "no verdict") + " · " + article
                + (c.reference() ? " (reference)" : "") + (c.date().isBlank() ? "" : " · " + c.date())
                + " · " + String.format(Locale.ROOT, "%d %%", Math.round(match.similarity() * 100));
    }
}
