package org.factmark.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;

/**
 * The unresolved conflicts a merge left in a sidecar: annotations carrying a {@code conflict} field ({@code
 * {"kind": ..., "with": ID, "fields": [...]}}, see {@link ThreeWayMerge}), each their version of my annotation
 * {@code with}. Split apart, they are theirs to compare with mine.
 *
 * @param mine   the annotations without a conflict field
 * @param theirs the marked ones as their version: without the field, under the id of the annotation they
 *               stand beside
 * @param marked for each of theirs, the marked annotation it was made from (which resolving removes)
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
            String with = a.extra().get(ThreeWayMerge.CONFLICT) instanceof Map<?, ?> c && c.get("with") instanceof String w
                    && !w.isEmpty() ? w : a.id();
            Map<String, Object> extra = new LinkedHashMap<>(a.extra());
            extra.remove(ThreeWayMerge.CONFLICT);
            Annotation version = new Annotation(with, a.label(), a.start(), a.end(), a.attributes(), a.note(),
                    a.creator(), a.created(), a.modified(), extra);
            theirs.add(version);
            marked.put(version, a);
        }
        return new ConflictMarks(mine, theirs, marked);
    }
}
