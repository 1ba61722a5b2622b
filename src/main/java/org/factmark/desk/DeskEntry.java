package org.factmark.desk;

import java.nio.file.Path;
import java.util.Map;
import org.factmark.model.DocumentStatus;

/**
 * One article of a folder as the desk lists it: where it is, what its sidecar says about it, and what is wrong
 * with it when something is.
 *
 * @param article    the article file (for a sidecar without its article: where the article should be)
 * @param sidecar    its sidecar, or null when it has none
 * @param title      the title from {@code document.source}, or null when not known
 * @param site       the site or publisher from {@code document.source}, or null
 * @param date       the publication date from {@code document.source} as the source gave it, or null
 * @param status     the status the sidecar records, or null when none was set
 * @param labels     annotations per label id, in order of first use
 * @param assertions how many annotations are assertions
 * @param rated      assertions with a verdict other than "unrated"
 * @param verdicts   assertions per verdict ("unrated" for none), in order of first use
 * @param problem    why the article or its sidecar cannot be used, or null when nothing is wrong
 */
public record DeskEntry(Path article, Path sidecar, String title, String site, String date, DocumentStatus status,
                        Map<String, Integer> labels, int assertions, int rated, Map<String, Integer> verdicts,
                        String problem) {
    public DeskEntry {
        labels = Map.copyOf(labels);
        verdicts = Map.copyOf(verdicts);
    }

    /** An article or file that is listed only with what is wrong with it. */
    static DeskEntry broken(Path article, Path sidecar, String problem) {
        return new DeskEntry(article, sidecar, null, null, null, null, Map.of(), 0, 0, Map.of(), problem);
    }

    /** An article without a sidecar: nothing annotated yet. */
    static DeskEntry unannotated(Path article) {
        return new DeskEntry(article, null, null, null, null, null, Map.of(), 0, 0, Map.of(), null);
    }

    /** All annotations, of every label. */
    public int annotations() {
        return labels.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Annotations with {@code label}; 0 when there are none. */
    public int count(String label) {
        return labels.getOrDefault(label, 0);
    }

    public boolean isBroken() {
        return problem != null;
    }

    /** The title when known, else the article's file name. */
    public String shownTitle() {
        return title != null && !title.isBlank() ? title : String.valueOf(article.getFileName());
    }
}
