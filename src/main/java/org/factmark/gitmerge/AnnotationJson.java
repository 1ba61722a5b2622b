package org.factmark.gitmerge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factmark.model.Annotation;
import org.factmark.sidecar.SidecarException;

/**
 * A sidecar's annotation object as an {@link Annotation} and back, its offsets left in code points (a merge of
 * files never needs the article): {@code text}, {@code prefix}, {@code suffix} and unknown fields travel in
 * {@link Annotation#extra()}, so a merge treats them as fields like any other and writes them back in place.
 */
final class AnnotationJson {
    private static final Set<String> OWN = Set.of("id", "label", "start", "end", "attributes", "note", "creator",
            "created", "modified");
    static final List<String> QUOTE = List.of("text", "prefix", "suffix");

    private AnnotationJson() {
    }

    static List<Annotation> list(Object value, String where) throws SidecarException {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> items)) {
            throw new SidecarException("\"" + where + "\" must be a list");
        }
        List<Annotation> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(annotation(items.get(i), where + "[" + i + "]"));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Annotation annotation(Object value, String where) throws SidecarException {
        if (!(value instanceof Map<?, ?> raw)) {
            throw new SidecarException(where + " is not an object");
        }
        Map<String, Object> m = (Map<String, Object>) raw;
        int start = offset(m.get("start"), where + ".start");
        int end = offset(m.get("end"), where + ".end");
        if (end < start) {
            throw new SidecarException(where + ": end " + end + " is before start " + start);
        }
        Object attributes = m.get("attributes");
        if (attributes != null && !(attributes instanceof Map)) {
            throw new SidecarException(where + ".attributes must be an object");
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!OWN.contains(k)) {
                extra.put(k, v);
            }
        });
        return new Annotation(text(m, "id", where, true), text(m, "label", where, true), start, end,
                (Map<String, Object>) attributes, text(m, "note", where, false), text(m, "creator", where, false),
                text(m, "created", where, false), text(m, "modified", where, false), extra);
    }

    private static String text(Map<String, Object> m, String key, String where, boolean required)
            throws SidecarException {
        Object v = m.get(key);
        if (v == null && !required) {
            return "";
        }
        if (!(v instanceof String s) || required && s.isEmpty()) {
            throw new SidecarException(where + "." + key + " must be " + (required ? "a non-empty" : "a") + " string");
        }
        return s;
    }

    private static int offset(Object v, String where) throws SidecarException {
        if (!(v instanceof Integer i) || i < 0) {
            throw new SidecarException(where + " must be a whole number from 0");
        }
        return i;
    }

    /** The annotation object in the contract's key order; unknown fields after the known ones, as read. */
    static Map<String, Object> object(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("label", a.label());
        m.put("start", a.start());
        m.put("end", a.end());
        for (String q : QUOTE) {
            if (a.extra().containsKey(q)) {
                m.put(q, a.extra().get(q));
            }
        }
        m.put("attributes", a.attributes());
        m.put("note", a.note());
        m.put("creator", a.creator());
        m.put("created", a.created());
        m.put("modified", a.modified());
        a.extra().forEach((k, v) -> {
            if (!QUOTE.contains(k)) {
                m.put(k, v);
            }
        });
        return m;
    }
}
