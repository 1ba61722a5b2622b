package org.factmark.compare;

/** What the user makes of a difference. */
public enum Choice {
    /** Their version replaces mine (an annotation only mine is deleted). */
    THEIRS,
    /** Mine stays as it is (an annotation only theirs is not taken). */
    MINE,
    /** Mine stays and theirs joins it (an annotation only mine stays, one only theirs is taken). */
    BOTH
}
