package org.factmark.merge;

import java.util.List;
import org.factmark.model.Annotation;

/**
 * What a merge made, for the caller to apply and to word for the user.
 *
 * @param annotations    the merged annotations: everything the document should now hold
 * @param added          theirs that are new, taken as they were (conflict copies are not counted here)
 * @param updated        the document's annotations that took changes of theirs, as they now are
 * @param removed        the document's annotations theirs deleted (unchanged here), now gone
 * @param conflicts      what could not be combined, and what was added for each
 * @param alreadyPresent theirs the document already held
 */
public record MergeResult(List<Annotation> annotations, List<Annotation> added, List<Annotation> updated,
                          List<Annotation> removed, List<Conflict> conflicts, List<Annotation> alreadyPresent) {
    public MergeResult {
        annotations = List.copyOf(annotations);
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        removed = List.copyOf(removed);
        conflicts = List.copyOf(conflicts);
        alreadyPresent = List.copyOf(alreadyPresent);
    }

    /** How many annotations the merge put in the document: new ones and conflict copies. */
    public int joined() {
        return added.size() + (int) conflicts.stream().filter(c -> c.added() != null).count();
    }

    /** True when the document is left as it was. */
    public boolean changesNothing() {
        return joined() == 0 && updated.isEmpty() && removed.isEmpty();
    }
}
