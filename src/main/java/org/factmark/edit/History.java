package org.factmark.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.factmark.model.Annotation;

/** The undo and redo stacks of one document. Styling never enters it: only annotation changes do. */
final class History {
    /** The revision of a document no edit has touched yet. */
    static final Object START = new Object();

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    /** The typing being folded into one step, and that step (see {@link #recordTyping}). */
    private Object typing;
    private Edit typingStep;

    void record(Edit edit) {
        done.push(edit);
        undone.clear();
    }

    /**
     * Records a change of one annotation made by typing. While the same typing goes on (the same {@code
     * token}, and its step still the last one done and not the {@code saved} one) the change is folded into
     * that step, so a word typed is one undo step, not one per keystroke; typing that brings the annotation
     * back to what it was before leaves no step at all. Returns the change to apply to the annotations.
     */
    Edit recordTyping(Edit edit, Object token, Object saved) {
        Edit top = done.peek();
        String id = edit.before().get(0).id();
        if (token == null || token != typing || top == null || top != typingStep || top == saved
                || top.after().size() != 1 || !top.after().get(0).id().equals(id)) {
            record(edit);
            typing = token;
            typingStep = edit;
            return edit;
        }
        done.pop();
        Annotation first = top.before().get(0);
        if (Edit.sameContent(first, edit.after().get(0))) {
            typingStep = null;
            return new Edit(edit.description(), edit.before(), List.of(first));
        }
        typingStep = new Edit(edit.description(), top.before(), edit.after());
        done.push(typingStep);
        return edit;
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
