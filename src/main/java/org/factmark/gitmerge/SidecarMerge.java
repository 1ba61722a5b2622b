package org.factmark.gitmerge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factmark.merge.Conflict;
import org.factmark.merge.MergeResult;
import org.factmark.merge.ThreeWayMerge;
import org.factmark.model.Annotation;
import org.factmark.sidecar.SidecarException;
import org.factmark.sidecar.SidecarTree;

/**
 * The three-way merge of two versions of a sidecar file from their common one, as git's merge driver does it:
 * the annotations by id and field ({@link ThreeWayMerge}; an annotation both sides added alike, under different
 * ids, is kept once), every other field of the file by value. The result is always a valid sidecar: where both
 * changed one field of an annotation differently, both versions are in it (ours as it was, theirs beside it
 * marked in its {@code conflict} field); where they changed a field of the file differently, ours stays and
 * both values are listed under the top-level {@code conflicts}.
 */
public final class SidecarMerge {
    /** The top-level list of file fields both sides changed differently: {@code {"field", "ours", "theirs"}}. */
    public static final String CONFLICTS = "conflicts";
    private static final Object ABSENT = new Object();
    /** Fields of {@code document} that follow the article's text: settled by re-anchoring, never a conflict. */
    private static final Set<String> ARTICLE_FIELDS = Set.of("document.sha256", "document.length");

    private SidecarMerge() {
    }

    /**
     * What the merge made.
     *
     * @param merged       the merged sidecar's bytes
     * @param annotations  the merge of the annotations
     * @param fieldClashes the file's fields (as {@code document.status}) both sides changed differently
     * @param reanchor     the two sides annotated different versions of the article, and the result holds
     *                     annotations of both: its {@code document.sha256} is left unmatched on purpose, so that
     *                     opening it (or {@code factmark reanchor}) places every annotation in the article again
     */
    public record Outcome(byte[] merged, MergeResult annotations, List<String> fieldClashes, boolean reanchor) {
        /** How many conflicts are left for a person to resolve. */
        public int conflicts() {
            return annotations.conflicts().size() + fieldClashes.size();
        }
    }

    /**
     * Merges {@code theirs} into {@code ours}.
     *
     * @param base the common version; empty (or unreadable) when there is none, as when both sides added the file
     * @throws SidecarException naming {@code ours} or {@code theirs} when one is not a sidecar
     */
    public static Outcome merge(byte[] base, byte[] ours, byte[] theirs) throws SidecarException {
        Map<String, Object> b = baseOf(base);
        Map<String, Object> o = side(ours, "ours");
        Map<String, Object> t = side(theirs, "theirs");
        List<Annotation> baseList = AnnotationJson.list(b.get("annotations"), "annotations");
        List<Annotation> ourList = AnnotationJson.list(o.get("annotations"), "annotations");
        List<Annotation> theirList = withoutAlikeAdditions(baseList, ourList,
                AnnotationJson.list(t.get("annotations"), "annotations"));
        MergeResult result = ThreeWayMerge.merge(baseList, ourList, theirList);
        List<Annotation> merged = markChangedHereDeletedThere(result);

        List<Map<String, Object>> clashes = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys(o, t)) {
            Object value = switch (key) {
                case "annotations" -> merged.stream().map(a -> AnnotationJson.object(named(a))).toList();
                case "document" -> objects(b.get(key), o.get(key), t.get(key), key + ".", clashes);
                case "orphans", CONFLICTS -> lists(b.get(key), o.get(key), t.get(key));
                default -> value(b.get(key), o.get(key), t.get(key), key, clashes);
            };
            if (value != ABSENT && !(key.equals("orphans") && ((List<?>) value).isEmpty())) {
                out.put(key, value);
            }
        }
        boolean reanchor = settleArticleVersion(o, t, out, merged);
        if (!clashes.isEmpty()) {
            List<Object> all = new ArrayList<>(out.get(CONFLICTS) instanceof List<?> l ? l : List.of());
            all.addAll(clashes);
            out.put(CONFLICTS, all);
        }
        List<String> fields = clashes.stream().map(c -> (String) c.get("field")).toList();
        return new Outcome(SidecarTree.write(out), result, fields, reanchor);
    }

    /**
     * A field's name as a person reads it: the annotation's quote and context ({@code extra.text},
     * {@code extra.prefix}, {@code extra.suffix} to the merge, which reads them as fields it does not know) by their
     * own names.
     */
    public static String fieldName(String field) {
        return AnnotationJson.QUOTE.stream().anyMatch(q -> field.equals("extra." + q)) ? field.substring(6) : field;
    }

    private static Map<String, Object> baseOf(byte[] base) {
        try {
            return base.length == 0 ? Map.of() : SidecarTree.read(base);
        } catch (SidecarException e) {
            return Map.of(); // no usable common version: both sides' annotations are additions
        }
    }

    private static Map<String, Object> side(byte[] bytes, String which) throws SidecarException {
        try {
            return SidecarTree.read(bytes);
        } catch (SidecarException e) {
            throw new SidecarException(which + ": " + e.getMessage());
        }
    }

    /** Theirs without the annotations they added that ours added too, alike in all but id, author and times. */
    private static List<Annotation> withoutAlikeAdditions(List<Annotation> base, List<Annotation> ours,
                                                          List<Annotation> theirs) {
        Set<String> known = new HashSet<>();
        base.forEach(a -> known.add(a.id()));
        Set<List<Object>> ourAdditions = new HashSet<>();
        Set<String> ourIds = new HashSet<>();
        for (Annotation a : ours) {
            ourIds.add(a.id());
            if (!known.contains(a.id())) {
                ourAdditions.add(alike(a));
            }
        }
        return theirs.stream().filter(a -> known.contains(a.id()) || ourIds.contains(a.id())
                || !ourAdditions.contains(alike(a))).toList();
    }

    private static List<Object> alike(Annotation a) {
        return List.of(a.label(), a.start(), a.end(), a.attributes(), a.note());
    }

    /** Ours changed one theirs deleted: it stays, marked, so that someone decides (the other way round is marked). */
    private static List<Annotation> markChangedHereDeletedThere(MergeResult result) {
        Set<String> ids = new HashSet<>();
        result.conflicts().stream().filter(c -> c.kind() == Conflict.Kind.CHANGED_HERE_DELETED_THERE)
                .forEach(c -> ids.add(c.mine().id()));
        if (ids.isEmpty()) {
            return result.annotations();
        }
        return result.annotations().stream().map(a -> ids.contains(a.id()) ? marked(a) : a).toList();
    }

    /** The annotation with the fields of its {@code conflict} named by {@link #fieldName}. */
    private static Annotation named(Annotation a) {
        if (!(a.extra().get(ThreeWayMerge.CONFLICT) instanceof Map<?, ?> c) || !(c.get("fields") instanceof List<?> f)
                || f.stream().noneMatch(x -> x instanceof String s && !fieldName(s).equals(s))) {
            return a;
        }
        Map<Object, Object> conflict = new LinkedHashMap<>(c);
        conflict.put("fields", f.stream().map(x -> x instanceof String s ? fieldName(s) : x).toList());
        Map<String, Object> extra = new LinkedHashMap<>(a.extra());
        extra.put(ThreeWayMerge.CONFLICT, conflict);
        return new Annotation(a.id(), a.label(), a.start(), a.end(), a.attributes(), a.note(), a.creator(),
                a.created(), a.modified(), extra);
    }

    private static Annotation marked(Annotation a) {
        Map<String, Object> conflict = new LinkedHashMap<>();
        conflict.put("kind", Conflict.Kind.CHANGED_HERE_DELETED_THERE.word());
        conflict.put("with", a.id());
        conflict.put("fields", List.of());
        Map<String, Object> extra = new LinkedHashMap<>(a.extra());
        extra.put(ThreeWayMerge.CONFLICT, conflict);
        return new Annotation(a.id(), a.label(), a.start(), a.end(), a.attributes(), a.note(), a.creator(),
                a.created(), a.modified(), extra);
    }

    /**
     * When the sides annotated different versions of the article, an annotation placed by the side whose version
     * the result does not name has offsets into the other text. Then the result names that other version, so that
     * every annotation is looked for again (by its text and context) in the article the merge left.
     */
    private static boolean settleArticleVersion(Map<String, Object> ours, Map<String, Object> theirs,
                                                Map<String, Object> out, List<Annotation> merged) {
        Object ourSha = field(ours, "sha256");
        Object theirSha = field(theirs, "sha256");
        if (Objects.equals(ourSha, theirSha) || !(out.get("document") instanceof Map<?, ?>)) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> document = new LinkedHashMap<>((Map<String, Object>) out.get("document"));
        boolean ourVersion = Objects.equals(document.get("sha256"), ourSha);
        Map<String, Object> named = ourVersion ? ours : theirs;
        Map<String, Object> other = ourVersion ? theirs : ours;
        Set<List<Object>> placed = new HashSet<>();
        for (Object a : (List<?>) named.getOrDefault("annotations", List.of())) {
            if (a instanceof Map<?, ?> m) {
                placed.add(place(m.get("start"), m.get("end"), m.get("text")));
            }
        }
        boolean foreign = merged.stream().anyMatch(a -> !placed.contains(place(a.start(), a.end(),
                a.extra().get("text"))));
        if (!foreign) {
            return false;
        }
        document.put("sha256", field(other, "sha256"));
        document.put("length", field(other, "length"));
        out.put("document", document);
        return true;
    }

    private static List<Object> place(Object start, Object end, Object text) {
        return java.util.Arrays.asList(start, end, text);
    }

    private static Object field(Map<String, Object> root, String key) {
        return root.get("document") instanceof Map<?, ?> d ? d.get(key) : null;
    }

    private static Set<String> keys(Map<?, ?>... maps) {
        Set<String> keys = new LinkedHashSet<>();
        for (Map<?, ?> m : maps) {
            m.keySet().forEach(k -> keys.add((String) k));
        }
        return keys;
    }

    /** A value both may have changed: the changed one wins; changed differently, ours stays and both are noted. */
    private static Object value(Object base, Object ours, Object theirs, String field,
                                List<Map<String, Object>> clashes) {
        Object vb = base == null ? ABSENT : base;
        Object vo = ours == null ? ABSENT : ours;
        Object vt = theirs == null ? ABSENT : theirs;
        if (Objects.equals(vo, vt) || Objects.equals(vt, vb)) {
            return vo;
        }
        if (Objects.equals(vo, vb)) {
            return vt;
        }
        if (!ARTICLE_FIELDS.contains(field)) {
            Map<String, Object> clash = new LinkedHashMap<>();
            clash.put("field", field);
            clash.put("ours", vo == ABSENT ? null : vo);
            clash.put("theirs", vt == ABSENT ? null : vt);
            clashes.add(clash);
        }
        return vo;
    }

    /** An object merged field by field (as {@code document}); one side not an object: merged as a value. */
    @SuppressWarnings("unchecked")
    private static Object objects(Object base, Object ours, Object theirs, String prefix,
                                  List<Map<String, Object>> clashes) {
        if (!(ours instanceof Map<?, ?> o) || !(theirs instanceof Map<?, ?> t)) {
            return value(base, ours, theirs, prefix.substring(0, prefix.length() - 1), clashes);
        }
        Map<String, Object> b = base instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : keys(o, t)) {
            Object v = value(b.get(key), o.get(key), t.get(key), prefix + key, clashes);
            if (v != ABSENT) {
                out.put(key, v);
            }
        }
        return out;
    }

    /** A list of objects (orphans, noted conflicts): ours, without what theirs removed, with what theirs added. */
    private static Object lists(Object base, Object ours, Object theirs) {
        List<?> b = base instanceof List<?> l ? l : List.of();
        List<?> o = ours instanceof List<?> l ? l : List.of();
        List<?> t = theirs instanceof List<?> l ? l : List.of();
        Map<Object, Integer> inTheirs = new HashMap<>();
        t.forEach(x -> inTheirs.merge(x, 1, Integer::sum));
        Set<Object> inBase = new HashSet<>(b);
        Set<Object> inOurs = new HashSet<>(o);
        List<Object> out = new ArrayList<>();
        for (Object x : o) {
            if (!(inBase.contains(x) && !inTheirs.containsKey(x))) {
                out.add(x);
            }
        }
        for (Object x : t) {
            if (!inBase.contains(x) && !inOurs.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }
}
