package org.factmark.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factmark.io.FileReads;
import org.factmark.model.Annotation;
import org.factmark.model.ArticleText;
import org.factmark.reanchor.Reanchor;
import org.factmark.sidecar.SidecarException;
import org.factmark.sidecar.SidecarReader;

/**
 * Their annotations of the open article, read from another sidecar or from the article's own sidecar on another
 * git revision. A sidecar written for another text of the article (its SHA-256 differs) is re-anchored in this
 * one, as an open does, and says so: the caller asks before comparing with it.
 *
 * @param annotations their annotations, in this article's text
 * @param otherText   true when the sidecar was written for another text of the article
 * @param moved       annotations found elsewhere or with changed words (when {@code otherText})
 * @param orphaned    annotations not found at all (when {@code otherText}): left out of the comparison
 */
public record TheirVersion(List<Annotation> annotations, boolean otherText, int moved, int orphaned) {
    public TheirVersion {
        annotations = List.copyOf(annotations);
    }

    /** Reads another sidecar of the article (a colleague's copy). */
    public static TheirVersion fromFile(Path sidecar, ArticleText article) throws IOException, SidecarException {
        return of(SidecarReader.read(FileReads.sidecar(sidecar), article));
    }

    /** Reads the article's sidecar {@code sidecar} as it is at git revision {@code ref}. */
    public static TheirVersion atRevision(Path sidecar, String ref, ArticleText article)
            throws IOException, SidecarException {
        return of(SidecarReader.read(GitRevisions.show(sidecar, ref), article));
    }

    private static TheirVersion of(SidecarReader.Result read) {
        Map<Reanchor.Status, Integer> counts = read.reanchor().counts();
        boolean other = read.reanchor().reanchored();
        return new TheirVersion(read.content().annotations(), other,
                counts.getOrDefault(Reanchor.Status.MOVED, 0) + counts.getOrDefault(Reanchor.Status.FUZZY, 0),
                counts.getOrDefault(Reanchor.Status.ORPHANED, 0));
    }
}
