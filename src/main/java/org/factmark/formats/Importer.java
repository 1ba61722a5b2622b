package org.factmark.formats;

import org.factmark.model.ArticleText;
import org.factmark.model.LabelSet;

/** Reads annotations another tool produced for an article. Plain Java: runs headless, without JavaFX. */
public interface Importer {
    String name();

    /** What the user reads in the import dialog: what file it reads and what it brings in. */
    String importDescription();

    /**
     * Reads {@code source} as annotations of {@code article}. Spans whose text does not fit the article are
     * skipped and listed, never placed on wrong text.
     *
     * @throws FormatException when the source cannot be read as this format at all
     */
    ImportResult read(byte[] source, ArticleText article, LabelSet labels) throws FormatException;
}
