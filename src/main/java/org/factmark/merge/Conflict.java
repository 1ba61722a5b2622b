package org.factmark.merge;

import java.util.List;
import org.factmark.model.Annotation;

/**
 * What a merge could not combine, for the caller to tell the user.
 *
 * @param kind   how the two versions differ
 * @param mine   the document's version (null when it was deleted there)
 * @param theirs the other version (null when it was deleted there)
 * @param added  what the merge added for it, marked in its {@code conflict} field (their version beside mine);
 *               null when nothing was added (mine changed, theirs deleted: mine stays)
 * @param fields the fields that differ, as {@code note}, {@code span}, {@code attributes.verdict}; empty for a
 *               deletion
 */
public record Conflict(Kind kind, Annotation mine, Annotation theirs, Annotation added, List<String> fields) {
    public Conflict {
        fields = List.copyOf(fields);
    }

    /** The value of {@code kind} in the {@code conflict} field of an annotation a merge added. */
    public enum Kind {
        /** Both changed the same field differently: mine stays, theirs is added beside it. */
        BOTH_CHANGED("both changed"),
        /** Deleted in the document, changed in theirs: theirs comes back, marked. */
        DELETED_HERE_CHANGED_THERE("deleted here, changed there"),
        /** Changed in the document, deleted in theirs: mine stays, nothing is added. */
        CHANGED_HERE_DELETED_THERE("changed here, deleted there"),
        /** An import with the id, or the span and label, of an annotation it differs from: added beside it. */
        DIFFERS("differs");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
