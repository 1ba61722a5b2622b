package org.factmark.sidecar;

import java.util.Optional;
import org.factmark.model.SidecarContent;

/**
 * An article as opened, with what its sidecar held.
 *
 * @param sidecarBroken   a sidecar exists but could not be read: it must be kept (renamed, never overwritten)
 * @param sidecarProblem  what was wrong with it, naming the file, for the user
 * @param reanchorSummary when the article changed since it was annotated, what became of the annotations;
 *                        empty otherwise
 * @param sidecarSha      SHA-256 of the sidecar's bytes as read, to notice changes by others before a save;
 *                        null when there was no readable sidecar
 */
public record OpenedDocument(SidecarContent content, boolean sidecarBroken, Optional<String> sidecarProblem,
                             String reanchorSummary, String sidecarSha, java.util.Map<String, Integer> statusCounts,
                             java.util.Map<String, String> placements) {
    public OpenedDocument(SidecarContent content, boolean sidecarBroken, Optional<String> sidecarProblem,
                          String reanchorSummary, String sidecarSha) {
        this(content, sidecarBroken, sidecarProblem, reanchorSummary, sidecarSha, java.util.Map.of(),
                java.util.Map.of());
    }

}
