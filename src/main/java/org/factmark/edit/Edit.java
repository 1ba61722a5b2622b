package org.factmark.edit;

import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;
import org.factmark.model.AnnotationSet;

/**
 * One undoable change to the annotations: the annotations {@code before} are replaced by those {@code after}
 * (matched by id). Adding is {@code [] → [a]}, deleting {@code [a] → []}, relabelling {@code [a] → [a']};
 * several at once make one undo step. Orphans (annotations not found in an edited article) can leave or join
 * the document's orphan list in the same step, so re-attaching one and undoing that never loses it.
 */
public record Edit(String description, List<Annotation> before, List<Annotation> after,
                   List<Map<String, Object>> orphansBefore, List<Map<String, Object>> orphansAfter,
                   Map<String, Object> documentBefore, Map<String, Object> documentAfter) {

    /** {@code documentBefore} and {@code documentAfter}: the sidecar's {@code document} fields this step changes, or null when it leaves them. */
    public Edit {
        before = List.copyOf(before);
        after = List.copyOf(after);
        orphansBefore = List.copyOf(orphansBefore);
        orphansAfter = List.copyOf(orphansAfter);
        documentBefore = documentBefore == null ? null : java.util.Collections.unmodifiableMap(documentBefore);
        documentAfter = documentAfter == null ? null : java.util.Collections.unmodifiableMap(documentAfter);
    }

    public Edit(String description, List<Annotation> before, List<Annotation> after,
                List<Map<String, Object>> orphansBefore, List<Map<String, Object>> orphansAfter) {
        this(description, before, after, orphansBefore, orphansAfter, null, null);
    }

    /** A step that changes only the sidecar's {@code document} fields, from {@code before} to {@code after}. */
    static Edit ofDocument(String description, Map<String, Object> before, Map<String, Object> after) {
        return new Edit(description, List.of(), List.of(), List.of(), List.of(), before, after);
    }

    public Edit(String description, List<Annotation> before, List<Annotation> after) {
        this(description, before, after, List.of(), List.of());
    }

    void apply(AnnotationSet set, List<Map<String, Object>> orphans) {
        swap(set, before, after);
        swapOrphans(orphans, orphansBefore, orphansAfter);
    }

    /** Whether this step changes the article's reading direction ({@code document.direction}). */
    public boolean changesDirection() {
        return documentAfter != null && (documentBefore == null
                || org.factmark.model.TextDirection.in(documentBefore) != org.factmark.model.TextDirection.in(documentAfter));
    }

    /** The document fields after this step, given those before it. */
    Map<String, Object> documentFrom(Map<String, Object> current) {
        return documentAfter == null ? current : documentAfter;
    }

    void revert(AnnotationSet set, List<Map<String, Object>> orphans) {
        swap(set, after, before);
        swapOrphans(orphans, orphansAfter, orphansBefore);
    }

    Edit inverse() {
        return new Edit(description, after, before, orphansAfter, orphansBefore, documentAfter, documentBefore);
    }

    private static void swapOrphans(List<Map<String, Object>> orphans, List<Map<String, Object>> out,
                                    List<Map<String, Object>> in) {
        out.forEach(o -> orphans.removeIf(x -> x == o));
        orphans.addAll(in);
    }

    private static void swap(AnnotationSet set, List<Annotation> out, List<Annotation> in) {
        for (Annotation a : out) {
            set.remove(a.id());
        }
        for (Annotation a : in) {
            set.add(a);
        }
    }

    /** Whether two versions of an annotation differ in nothing but their time stamps. */
    static boolean sameContent(Annotation a, Annotation b) {
        return a.label().equals(b.label()) && a.start() == b.start() && a.end() == b.end()
                && a.attributes().equals(b.attributes()) && a.note().equals(b.note()) && a.extra().equals(b.extra());
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
