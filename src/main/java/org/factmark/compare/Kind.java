package org.factmark.compare;

/** How my annotation and theirs differ, in the order the compare view lists the groups. */
public enum Kind {
    /** Theirs has an annotation where I have none like it. */
    ONLY_THEIRS,
    /** I have an annotation where they have none like it. */
    ONLY_MINE,
    /** The same span, labelled differently. */
    OTHER_LABEL,
    /** Spans that overlap without being the same. */
    OVERLAP,
    /** The same annotation (the same id, or the same span and label) with other details or another note. */
    OTHER_DETAILS
}
