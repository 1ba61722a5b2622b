package org.factmark.edit;

/**
 * Something that happened to the open document, as the window's change flow passes it on: another document is
 * shown (opened, reloaded from disk, or opened with recovered work), its annotations changed, or it was saved.
 * Saving and reloading are events of their own, never disguised as edits: only {@link Edited} changes
 * annotations, and every undo step is an {@link Edited}.
 */
public sealed interface DocumentEvent {

    /** The document the event is about. */
    AnnotationDocument document();

    /** Another document is now the open one; every part of the window starts over with it. */
    sealed interface Shown extends DocumentEvent {
    }

    /** An article was opened (from the menu, the recent list, a drop, or the command line). */
    record Opened(AnnotationDocument document) implements Shown {
    }

    /** The open article was read again from disk, after another program changed it or its sidecar. */
    record Reloaded(AnnotationDocument document) implements Shown {
    }

    /** An article was opened with the unsaved work a crash left in the recovery copy. */
    record Recovered(AnnotationDocument document) implements Shown {
    }

    /**
     * Annotations changed: {@code change} is what took effect (for an undo, the inverse of the step undone).
     * Labelling, relabelling, deleting, moving a boundary, typing a detail, importing, merging and restoring a
     * previous version are all edits.
     */
    record Edited(AnnotationDocument document, Edit change, Cause cause) implements DocumentEvent {
    }

    /** Why annotations changed: a new step, or a step taken back or done again from the history. */
    enum Cause { EDIT, UNDO, REDO }

    /** The document's annotations, as they were at the revision saved, are now on disk. */
    record Saved(AnnotationDocument document) implements DocumentEvent {
    }
}
