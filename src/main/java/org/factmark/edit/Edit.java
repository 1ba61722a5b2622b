package org.factmark.edit;

import java.util.List;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;

/**
 * One undoable change to the annotations: the annotations {@code before} are replaced by those {@code after}
 * (matched by id). Adding is {@code [] → [a]}, deleting {@code [a] → []}, relabelling {@code [a] → [a']};
 * several at once make one undo step.
 */
public record Edit(String description, List<Annotation> before, List<Annotation> after) {

    public Edit {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    void apply(AnnotationSet set) {
        swap(set, before, after);
    }

    void revert(AnnotationSet set) {
        swap(set, after, before);
    }

    Edit inverse() {
        return new Edit(description, after, before);
    }

    private static void swap(AnnotationSet set, List<Annotation> out, List<Annotation> in) {
        for (Annotation a : out) {
            set.remove(a.id());
        }
        for (Annotation a : in) {
            set.add(a);
        }
    }

    /** The smallest range holding every span this edit touches, before and after. */
    public int[] range() {
        int from = Integer.MAX_VALUE;
        int to = Integer.MIN_VALUE;
        for (List<Annotation> side : List.of(before, after)) {
            for (Annotation a : side) {
                from = Math.min(from, a.start());
                to = Math.max(to, a.end());
            }
        }
        return from > to ? new int[] {0, 0} : new int[] {from, to};
    }
}
