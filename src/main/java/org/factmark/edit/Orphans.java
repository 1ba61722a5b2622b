package org.factmark.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factmark.model.Annotation;

/**
 * Orphans are annotations kept verbatim, as JSON objects, because they were not found in the edited article.
 * Re-attaching one makes it an annotation again with everything it held: label, details, note, author, and any
 * field this version does not know.
 */
final class Orphans {
    /** The fields an annotation has as its own; the orphan's other fields are kept as they were. */
    private static final List<String> KNOWN = List.of("id", "label", "start", "end", "text", "prefix", "suffix",
            "attributes", "note", "creator", "created", "modified");

    private Orphans() {
    }

    /** The orphan as an annotation with this id on UTF-16 {@code [start, end)}, modified at {@code now}. */
    static Annotation placed(Map<String, Object> orphan, String id, int start, int end, String now) {
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = orphan.get("attributes") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        Map<String, Object> extra = new LinkedHashMap<>(orphan);
        KNOWN.forEach(extra::remove);
        return new Annotation(id, String.valueOf(orphan.getOrDefault("label", "quote")), start, end, attributes,
                string(orphan, "note"), string(orphan, "creator"), string(orphan, "created"), now, extra);
    }

    private static String string(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v instanceof String s ? s : "";
    }
}
