package org.factmark.reanchor;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What became of a sidecar's annotations when its article had changed: how many of each {@link Reanchor.Status},
 * and which ones, so that the window and the command line can word it (this class says nothing to the user).
 *
 * @param counts         how many annotations were kept, moved, found with changed text or orphaned
 * @param moved          the annotations found again elsewhere, in sidecar order
 * @param fuzzy          the annotations found with changed text
 * @param orphaned       the annotations not found (kept as orphans)
 * @param stoppedAtLimit the search stopped at its limit, so some orphans may still be in the article
 * @param placements     the id of every annotation that was moved or found with changed text, with its status
 */
public record ReanchorReport(Map<Reanchor.Status, Integer> counts, List<Placed> moved, List<Placed> fuzzy,
                             List<Placed> orphaned, boolean stoppedAtLimit,
                             Map<String, Reanchor.Status> placements) {
    /** The report of an article that has not changed: nothing was looked for again. */
    public static final ReanchorReport NONE = new ReanchorReport(Map.of(), List.of(), List.of(), List.of(), false,
            Map.of());

    /**
     * One annotation looked for again.
     *
     * @param label    its label
     * @param text     its text as the sidecar holds it
     * @param oldStart its start in the sidecar (code points)
     * @param oldEnd   its end in the sidecar (code points)
     * @param newStart its start in the article now (code points), -1 for an orphan
     * @param newText  the article's text where it was found now, null for an orphan
     */
    public record Placed(String label, String text, long oldStart, long oldEnd, long newStart, String newText) {
    }

    public ReanchorReport {
        counts = Collections.unmodifiableMap(counts.isEmpty() ? Map.of() : new EnumMap<>(counts));
        moved = List.copyOf(moved);
        fuzzy = List.copyOf(fuzzy);
        orphaned = List.copyOf(orphaned);
        placements = Collections.unmodifiableMap(new LinkedHashMap<>(placements));
    }

    /** Whether the annotations were looked for again at all (the article had changed). */
    public boolean reanchored() {
        return !counts.isEmpty();
    }

    /** How many annotations had this status (0 when none, or when nothing was looked for). */
    public int count(Reanchor.Status status) {
        return counts.getOrDefault(status, 0);
    }
}
