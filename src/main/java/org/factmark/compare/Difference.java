package org.factmark.compare;

import org.factmark.model.Annotation;

/**
 * One place where my annotations and theirs differ.
 *
 * @param mine   my annotation (null for {@link Kind#ONLY_THEIRS})
 * @param theirs theirs (null for {@link Kind#ONLY_MINE})
 */
public record Difference(Kind kind, Annotation mine, Annotation theirs) {
    public Difference {
        if ((mine == null) != (kind == Kind.ONLY_THEIRS) || (theirs == null) != (kind == Kind.ONLY_MINE)) {
            throw new IllegalArgumentException(kind + " with mine " + mine + " and theirs " + theirs);
        }
    }

    /** Where the difference starts in the text: the earlier of the two spans. */
    public int start() {
        return mine == null ? theirs.start() : theirs == null ? mine.start() : Math.min(mine.start(), theirs.start());
    }

    /** Where it ends: the later of the two ends. */
    public int end() {
        return mine == null ? theirs.end() : theirs == null ? mine.end() : Math.max(mine.end(), theirs.end());
    }
}
