package org.factmark.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.factmark.model.Annotation;
import org.factmark.model.SpanOrder;

/**
 * Combines two versions of an article's annotations, annotation by annotation (matched by id), and field by
 * field where both changed one ({@link Fields}). Plain data in, plain data out: no files, no toolkit, so the
 * window's Merge, imports and a git merge driver share it.
 *
 * <p>The rule where the same field was changed differently on both sides: the document keeps its own value,
 * and their whole version is added beside it as an annotation of its own (a new id) whose {@code conflict}
 * field says {@code {"kind": "both changed", "with": ID, "fields": [...]}}. Nothing of theirs is lost, and
 * resolving is deleting one of the two. An annotation deleted on one side and changed on the other is kept as
 * changed (theirs comes back marked {@code "deleted here, changed there"}; mine stays unmarked and is
 * listed). Every such case is a {@link Conflict} in the result, for the caller to tell the user.
 */
public final class ThreeWayMerge {
    /** The field of an annotation a merge added that marks it as a conflict to resolve. */
    public static final String CONFLICT = "conflict";

    private ThreeWayMerge() {
    }

    /**
     * Merges {@code theirs} into {@code mine}, both descended from {@code base}.
     *
     * @param base   the common version (the sidecar as last read or written); empty when there is none
     * @param mine   the document's version, which wins where the same field differs
     * @param theirs the other version
     */
    public static MergeResult merge(Collection<Annotation> base, Collection<Annotation> mine,
                                    Collection<Annotation> theirs) {
        Map<String, Annotation> b = byId(base);
        Map<String, Annotation> m = byId(mine);
        Map<String, Annotation> t = byId(theirs);
        Outcome out = new Outcome(m);
        Set<String> ids = new LinkedHashSet<>(m.keySet());
        ids.addAll(t.keySet());
        for (String id : ids) {
            Annotation was = b.get(id);
            Annotation my = m.get(id);
            Annotation their = t.get(id);
            if (my != null && their != null) {
                bothHave(out, was, my, their);
            } else if (their != null) {
                if (was == null) {
                    out.put(their);
                    out.added.add(their);
                } else if (!Fields.same(their, was)) {
                    Annotation back = marked(their, id, Conflict.Kind.DELETED_HERE_CHANGED_THERE, id, List.of());
                    out.put(back);
                    out.conflicts.add(new Conflict(Conflict.Kind.DELETED_HERE_CHANGED_THERE, null, their, back,
                            List.of()));
                }
            } else if (was != null) { // mine only, and theirs deleted it
                if (Fields.same(my, was)) {
                    out.result.remove(id);
                    out.removed.add(my);
                } else {
                    out.conflicts.add(new Conflict(Conflict.Kind.CHANGED_HERE_DELETED_THERE, my, null, null,
                            List.of()));
                }
            }
        }
        return out.result();
    }

    private static void bothHave(Outcome out, Annotation was, Annotation my, Annotation their) {
        if (Fields.same(my, their) || was != null && Fields.same(their, was)) {
            return; // mine stays
        }
        if (was != null && Fields.same(my, was)) {
            out.put(their);
            out.updated.add(their);
            return;
        }
        Map<String, Object> fb = was == null ? Map.of() : Fields.of(was);
        Map<String, Object> fm = Fields.of(my);
        Map<String, Object> ft = Fields.of(their);
        Map<String, Object> merged = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String name : Fields.names(fm, ft, fb)) {
            Object vb = fb.get(name);
            Object vm = fm.get(name);
            Object vt = ft.get(name);
            Object v;
            if (Fields.same(vm, vt) || was != null && Fields.same(vt, vb)) {
                v = vm;
            } else if (was != null && Fields.same(vm, vb)) {
                v = vt;
            } else {
                clashes.add(name);
                v = vm;
            }
            if (v != null) {
                merged.put(name, v);
            }
        }
        String modified = my.modified().compareTo(their.modified()) >= 0 ? my.modified() : their.modified();
        Annotation combined = Fields.same(merged, fm) && (!clashes.isEmpty() || modified.equals(my.modified())) ? my
                : Fields.build(my.id(), merged, modified);
        if (combined != my) {
            out.put(combined);
            out.updated.add(combined);
        }
        if (!clashes.isEmpty()) {
            Annotation copy = marked(their, copyId(their), Conflict.Kind.BOTH_CHANGED, my.id(), clashes);
            out.put(copy);
            out.conflicts.add(new Conflict(Conflict.Kind.BOTH_CHANGED, my, their, copy, clashes));
        }
    }

    /**
     * Brings annotations without a common version (an import) into {@code mine}. One identical to an
     * annotation of the document, in every field the source carries (a field it leaves empty, as JSONL leaves
     * details and notes, is no difference), is already present. One with the id, or the span and label, of an
     * annotation it differs from is added beside it as a conflict ({@link Conflict.Kind#DIFFERS}); the rest
     * are added.
     */
    public static MergeResult importInto(Collection<Annotation> mine, Collection<Annotation> incoming) {
        Outcome out = new Outcome(byId(mine));
        Map<String, List<Annotation>> bySpan = new HashMap<>();
        out.result.values().forEach(a -> bySpan.computeIfAbsent(spanKey(a), k -> new ArrayList<>()).add(a));
        for (Annotation in : incoming) {
            Annotation sameId = out.result.get(in.id());
            List<Annotation> sameSpan = bySpan.getOrDefault(spanKey(in), List.of());
            if (sameId != null && carries(sameId, in) || sameSpan.stream().anyMatch(a -> carries(a, in))) {
                out.alreadyPresent.add(in);
                continue;
            }
            Annotation other = sameId != null ? sameId : sameSpan.isEmpty() ? null : sameSpan.get(0);
            Annotation placed = in;
            if (other != null) {
                String id = sameId != null ? copyId(in) : in.id();
                Annotation copy = marked(in, id, Conflict.Kind.DIFFERS, other.id(), differing(other, in));
                Annotation there = out.result.get(id);
                if (there != null && Fields.same(there, copy)) {
                    out.alreadyPresent.add(in); // the same conflict, imported before
                    continue;
                }
                placed = copy;
                out.conflicts.add(new Conflict(Conflict.Kind.DIFFERS, other, in, copy, differing(other, in)));
            } else {
                out.added.add(in);
            }
            out.put(placed);
            bySpan.computeIfAbsent(spanKey(placed), k -> new ArrayList<>()).add(placed);
        }
        return out.result();
    }

    /** {@code present} holds everything {@code in} says: the fields {@code in} leaves empty aside. */
    private static boolean carries(Annotation present, Annotation in) {
        return differing(present, in).isEmpty();
    }

    /** The fields {@code in} carries (is not empty in) that {@code present} does not hold the same. */
    private static List<String> differing(Annotation present, Annotation in) {
        Map<String, Object> have = Fields.of(present);
        have.keySet().removeIf(k -> k.equals(Fields.EXTRA + CONFLICT));
        Map<String, Object> say = Fields.of(in);
        say.keySet().removeIf(k -> k.equals(Fields.EXTRA + CONFLICT));
        boolean detailsGiven = !in.attributes().isEmpty();
        boolean extraGiven = !in.extra().isEmpty();
        List<String> fields = new ArrayList<>();
        for (String name : Fields.names(have, say)) {
            boolean given = name.startsWith(Fields.ATTRIBUTE) ? detailsGiven
                    : name.startsWith(Fields.EXTRA) ? extraGiven : !"".equals(say.get(name));
            if (given && !Fields.same(have.get(name), say.get(name))) {
                fields.add(name);
            }
        }
        return fields;
    }

    private static String spanKey(Annotation a) {
        return a.label() + "@" + a.start() + "-" + a.end();
    }

    /** Their version, under {@code id}, with a {@code conflict} field saying what it clashes with. */
    private static Annotation marked(Annotation theirs, String id, Conflict.Kind kind, String with,
                                     List<String> fields) {
        Map<String, Object> conflict = new LinkedHashMap<>();
        conflict.put("kind", kind.word());
        conflict.put("with", with);
        conflict.put("fields", List.copyOf(fields));
        Map<String, Object> extra = new LinkedHashMap<>(theirs.extra());
        extra.put(CONFLICT, conflict);
        return new Annotation(id, theirs.label(), theirs.start(), theirs.end(), theirs.attributes(), theirs.note(),
                theirs.creator(), theirs.created(), theirs.modified(), extra);
    }

    /** The id of the copy of {@code theirs} added beside a differing annotation: the same for the same version. */
    private static String copyId(Annotation theirs) {
        String version = theirs.id() + "\n" + theirs.label() + "\n" + theirs.start() + "-" + theirs.end() + "\n"
                + theirs.attributes() + "\n" + theirs.note() + "\n" + theirs.creator() + "\n" + theirs.created()
                + "\n" + theirs.modified() + "\n" + theirs.extra();
        return UUID.nameUUIDFromBytes(("factmark conflict\n" + version).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Map<String, Annotation> byId(Collection<Annotation> annotations) {
        Map<String, Annotation> map = new LinkedHashMap<>();
        annotations.forEach(a -> map.put(a.id(), a));
        return map;
    }

    /** The result being made. */
    private static final class Outcome {
        final Map<String, Annotation> result;
        final List<Annotation> added = new ArrayList<>();
        final List<Annotation> updated = new ArrayList<>();
        final List<Annotation> removed = new ArrayList<>();
        final List<Conflict> conflicts = new ArrayList<>();
        final List<Annotation> alreadyPresent = new ArrayList<>();

        Outcome(Map<String, Annotation> mine) {
            result = new LinkedHashMap<>(mine);
        }

        void put(Annotation a) {
            result.put(a.id(), a);
        }

        MergeResult result() {
            List<Annotation> all = new ArrayList<>(result.values());
            all.sort(SpanOrder.ORDER);
            return new MergeResult(all, added, updated, removed, conflicts, alreadyPresent);
        }
    }
}
