package org.factmark.sidecar;

import java.util.Map;
import java.util.Optional;
import org.factmark.model.SidecarContent;
import org.factmark.reanchor.Reanchor;
import org.factmark.reanchor.ReanchorReport;

/**
 * An article as opened, with what its sidecar held.
 *
 * @param sidecarBroken  a sidecar exists but could not be read: it must be kept (renamed, never overwritten)
 * @param sidecarProblem what was wrong with it, naming the file, for the user
 * @param reanchor       when the article changed since it was annotated, what became of the annotations;
 *                       {@link ReanchorReport#NONE} otherwise
 * @param sidecarSha     SHA-256 of the sidecar's bytes as read, to notice changes by others before a save;
 *                       null when there was no readable sidecar
 */
public record OpenedDocument(SidecarContent content, boolean sidecarBroken, Optional<String> sidecarProblem,
                             ReanchorReport reanchor, String sidecarSha) {

    /** How many annotations were kept, moved, found with changed text or orphaned (empty: article unchanged). */
    public Map<Reanchor.Status, Integer> statusCounts() {
        return reanchor.counts();
    }

    /** The id of every annotation that was moved or found with changed text, with its status. */
    public Map<String, Reanchor.Status> placements() {
        return reanchor.placements();
    }
}
