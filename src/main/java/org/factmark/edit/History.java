package org.factmark.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The undo and redo stacks of one document. Styling never enters it: only annotation changes do. */
final class History {
    /** The revision of a document no edit has touched yet. */
    static final Object START = new Object();

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    void record(Edit edit) {
        done.push(edit);
        undone.clear();
    }

    Optional<Edit> popUndo() {
        if (done.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = done.pop();
        undone.push(edit);
        return Optional.of(edit);
    }

    Optional<Edit> popRedo() {
        if (undone.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = undone.pop();
        done.push(edit);
        return Optional.of(edit);
    }

    /**
     * The edit on top of the undo stack names the state: undoing back to it gives the same object again,
     * while a new edit after an undo never does, so "unchanged since save" is an identity check.
     */
    Object revision() {
        return done.isEmpty() ? START : done.peek();
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    Optional<String> nextUndo() {
        return Optional.ofNullable(done.peek()).map(Edit::description);
    }

    Optional<String> nextRedo() {
        return Optional.ofNullable(undone.peek()).map(Edit::description);
    }
}
