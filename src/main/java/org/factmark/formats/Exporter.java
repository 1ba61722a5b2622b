package org.factmark.formats;

import java.util.List;

/** Writes annotations in a format another tool reads. Plain Java: runs headless, without JavaFX. */
public interface Exporter {
    /** The {@code --format} name: w3c, brat, csv, jsonl, conll, html or claimreview. */
    String name();

    /** What the user reads in the export dialog. */
    String description();

    /** Whether several articles go into one output (CSV, JSONL, a W3C collection) rather than one each. */
    boolean combines();

    /**
     * Exports the articles. For a combining format the result holds one file; otherwise at least one file
     * per article, named after the article (e.g. {@code speech.txt.ann}).
     */
    ExportResult export(List<ExportInput> articles);

    /** Whether the format is meant for publication and names who publishes it (ClaimReview's author). */
    default boolean publishes() {
        return false;
    }

    /** This format publishing under {@code name} (blank: no name chosen); formats that name nobody ignore it. */
    default Exporter publishedBy(String name) {
        return this;
    }
}
