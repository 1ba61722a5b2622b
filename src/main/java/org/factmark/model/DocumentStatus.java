package org.factmark.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How far the fact-check of an article has got, as the sidecar's optional {@code document.status} object holds
 * it: the status itself ("new", "in progress", "checked", "published", or one of a folder's own list), who set it
 * and when.
 *
 * @param value the status
 * @param by    who set it (the annotator's name), or null when not known
 * @param at    when it was set, ISO 8601 in UTC to the second, or null when not known
 */
public record DocumentStatus(String value, String by, String at) {
    /** The key of the status object in {@code document}. */
    public static final String KEY = "status";

    public DocumentStatus {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a status needs a value");
        }
    }

    /** The known fields, in the order they are written ({@code value}, {@code by}, {@code at}). */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("value", value);
        if (by != null) {
            map.put("by", by);
        }
        if (at != null) {
            map.put("at", at);
        }
        return map;
    }

    /** The status a {@code document.status} object read as plain JSON values holds, or null when it has no value. */
    public static DocumentStatus fromMap(Map<?, ?> map) {
        Object value = map.get("value");
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        return new DocumentStatus(s, map.get("by") instanceof String b ? b : null,
                map.get("at") instanceof String a ? a : null);
    }
}
