package org.factmark.formats;

import java.util.List;

/**
 * What an export produced and what it could not carry.
 *
 * @param files the files to write, by name relative to the output folder (one for a combined output);
 *              brat, for instance, gives an {@code .ann} per article and one {@code annotation.conf}
 * @param lost  one line per kind of loss, e.g. "attributes: not carried by CoNLL (44 annotations)";
 *              empty when nothing was lost
 */
public record ExportResult(List<OutputFile> files, List<String> lost) {
    public ExportResult {
        files = List.copyOf(files);
        lost = List.copyOf(lost);
    }

    /** One output file. */
    public record OutputFile(String name, byte[] bytes) {
    }

    /** The one-line summary the app shows and the CLI prints to stderr. */
    public String summary() {
        return lost.isEmpty() ? "Everything was exported." : "Not carried: " + String.join("; ", lost) + ".";
    }

    public boolean droppedSomething() {
        return !lost.isEmpty();
    }
}
