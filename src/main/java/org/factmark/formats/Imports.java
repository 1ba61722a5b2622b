package org.factmark.formats;

import java.util.ArrayList;
import java.util.List;
import org.factmark.model.ArticleText;
import org.factmark.model.LabelSet;
import org.factmark.sidecar.SidecarCheck;

/** Reading an import, for the command line and the window alike: what cannot join a sidecar is skipped. */
public final class Imports {
    private Imports() {
    }

    /**
     * Reads {@code source} with {@code importer} and puts every annotation through the checks of a sidecar
     * read ({@link SidecarCheck}); those refused are listed among the skipped, with the reason.
     */
    public static ImportResult read(Importer importer, byte[] source, ArticleText article, LabelSet labels)
            throws FormatException {
        ImportResult read = importer.read(source, article, labels);
        SidecarCheck.Checked checked = SidecarCheck.check(article, read.annotations());
        if (checked.refused().isEmpty()) {
            return read;
        }
        List<String> skipped = new ArrayList<>(read.skipped());
        skipped.addAll(checked.refused());
        return new ImportResult(checked.passed(), skipped);
    }
}
