package org.factmark.sidecar;

import java.util.Map;
import java.util.Optional;
import org.factmark.model.SidecarContent;
import org.factmark.reanchor.Reanchor;

/**
 * An article as opened, with what its sidecar held.
 *
 * @param sidecarBroken   a sidecar exists but could not be read: it must be kept (renamed, never overwritten)
 * @param sidecarProblem  what was wrong with it, naming the file, for the user
 * @param reanchorSummary when the article changed since it was annotated, what became of the annotations;
 *                        empty otherwise
 * @param sidecarSha      SHA-256 of the sidecar's bytes as read, to notice changes by others before a save;
 *                        null when there was no readable sidecar
 * @param statusCounts    how many annotations were kept, moved, found with changed text or orphaned (empty when
 *                        the article has not changed)
 * @param placements      the id of every annotation that was moved or found with changed text, with its status:
 *                        what the user should review
 */
public record OpenedDocument(SidecarContent content, boolean sidecarBroken, Optional<String> sidecarProblem,
                             String reanchorSummary, String sidecarSha, Map<Reanchor.Status, Integer> statusCounts,
                             Map<String, Reanchor.Status> placements) {
    public OpenedDocument(SidecarContent content, boolean sidecarBroken, Optional<String> sidecarProblem,
                          String reanchorSummary, String sidecarSha) {
        this(content, sidecarBroken, sidecarProblem, reanchorSummary, sidecarSha, Map.of(), Map.of());
    }

}
