package org.factmark.suggest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factmark.model.SidecarContent;

/**
 * The sidecar's optional top-level {@code rejected} list: suggestions the checker turned down, so they do not
 * come back. Each entry is {@code {"label", "start", "end", "text", "rule"}} with code-point offsets; a
 * suggestion is rejected when an entry has its label, start and end (and, when the entry has one, its text).
 * Entries this version cannot read are kept as they are.
 */
public final class Rejections {
    /** The top-level field's name. */
    public static final String FIELD = "rejected";

    private final List<Map<String, Object>> entries;

    private Rejections(List<Map<String, Object>> entries) {
        this.entries = entries;
    }

    /** The rejections a sidecar holds (none when it has no {@code rejected} list). */
    public static Rejections of(SidecarContent content) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (content.topExtra().get(FIELD) instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> map) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    map.forEach((k, v) -> entry.put(String.valueOf(k), v));
                    out.add(entry);
                }
            }
        }
        return new Rejections(out);
    }

    public boolean rejects(Suggestion s, Prose prose) {
        for (Map<String, Object> e : entries) {
            if (s.label().equals(e.get("label")) && number(e.get("start")) == s.start()
                    && number(e.get("end")) == s.end()
                    && (!(e.get("text") instanceof String t) || t.equals(s.text(prose)))) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return entries.size();
    }

    /** The entry that records {@code s} as rejected. */
    public static Map<String, Object> entry(Suggestion s, Prose prose) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("label", s.label());
        e.put("start", s.start());
        e.put("end", s.end());
        e.put("text", s.text(prose));
        e.put("rule", s.rule());
        return e;
    }

    /** The content with {@code s} added to its {@code rejected} list (unchanged when it is there already). */
    public static SidecarContent withRejected(SidecarContent content, Suggestion s, Prose prose) {
        if (of(content).rejects(s, prose)) {
            return content;
        }
        List<Object> list = new ArrayList<>();
        if (content.topExtra().get(FIELD) instanceof List<?> old) {
            list.addAll(old);
        }
        list.add(entry(s, prose));
        Map<String, Object> top = new LinkedHashMap<>(content.topExtra());
        top.put(FIELD, list);
        return new SidecarContent(content.article(), content.annotations(), content.orphans(), top,
                content.documentExtra(), content.labelSchema());
    }

    private static long number(Object o) {
        return o instanceof Number n ? n.longValue() : -1; // never an offset: the entry matches nothing
    }
}
