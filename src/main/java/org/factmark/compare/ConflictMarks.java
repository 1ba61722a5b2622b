package org.factmark.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factmark.merge.Conflict;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;

/**
 * The unresolved conflicts a merge left in a sidecar: annotations carrying a {@code conflict} field ({@code
 * {"kind": ..., "with": ID, "fields": [...]}}, see {@link ThreeWayMerge}). Most are their version of my annotation
 * {@code with} (or theirs, back after I deleted it); one of kind {@code changed here, deleted there} is mine, kept
 * although they deleted it. Split apart, they are mine and theirs to compare.
 *
 * @param mine   the annotations without a conflict field, and mine that they deleted (without the field)
 * @param theirs the other marked ones as their version: without the field, under the id of the annotation they
 *               stand beside
 * @param marked for each of theirs, and each of mine that they deleted, the marked annotation it was made from
 *               (which resolving removes)
 */
public record ConflictMarks(List<Annotation> mine, List<Annotation> theirs, Map<Annotation, Annotation> marked) {

    /** True when any annotation carries a conflict field. */
    public static boolean any(Collection<Annotation> annotations) {
        return annotations.stream().anyMatch(ConflictMarks::isMarked);
    }

    public static boolean isMarked(Annotation a) {
        return a.extra().containsKey(ThreeWayMerge.CONFLICT);
    }

    public static ConflictMarks split(Collection<Annotation> annotations) {
        List<Annotation> mine = new ArrayList<>();
        List<Annotation> theirs = new ArrayList<>();
        Map<Annotation, Annotation> marked = new IdentityHashMap<>();
        for (Annotation a : annotations) {
            if (!isMarked(a)) {
                mine.add(a);
                continue;
            }
            Map<?, ?> conflict = a.extra().get(ThreeWayMerge.CONFLICT) instanceof Map<?, ?> c ? c : Map.of();
            String with = conflict.get("with") instanceof String w && !w.isEmpty() ? w : a.id();
            boolean mineDeletedThere = Conflict.Kind.CHANGED_HERE_DELETED_THERE.word().equals(conflict.get("kind"));
            Map<String, Object> extra = new LinkedHashMap<>(a.extra());
            extra.remove(ThreeWayMerge.CONFLICT);
            Annotation version = new Annotation(mineDeletedThere ? a.id() : with, a.label(), a.start(), a.end(),
                    a.attributes(), a.note(), a.creator(), a.created(), a.modified(), extra);
            (mineDeletedThere ? mine : theirs).add(version);
            marked.put(version, a);
        }
        return new ConflictMarks(mine, theirs, marked);
    }
}
