package org.factmark.formats;

import java.util.List;
import org.factmark.io.AtomicFiles;

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

    /**
     * The first of {@code targets} that is one of the exported articles or their sidecars: an export must never
     * write over the user's own files (brat, for one, writes a normalised copy of each article). Real paths are
     * compared, so neither a link at the target nor a linked folder on the way gets past.
     */
    public static java.util.Optional<java.nio.file.Path> clobbers(List<java.nio.file.Path> targets,
                                                                  List<ExportInput> inputs) {
        java.util.Set<java.nio.file.Path> own = new java.util.HashSet<>();
        for (ExportInput input : inputs) {
            own.add(AtomicFiles.realPath(input.article()));
            own.add(AtomicFiles.realPath(org.factmark.io.SidecarStore.sidecarFor(input.article())));
        }
        return targets.stream().filter(t -> own.contains(AtomicFiles.realPath(t))
                || own.contains(AtomicFiles.replacedBy(t))).findFirst();
    }

    public boolean droppedSomething() {
        return !lost.isEmpty();
    }
}
