package org.factmark.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factmark.model.Annotation;

/**
 * A sidecar's JSON values read with their types checked, each problem worded with where it is and what was
 * found; and one annotation's fields, offsets still in code points as the file has them. {@link SidecarReader}
 * puts them together.
 */
final class SidecarFields {
    static final Set<String> ANNOTATION_KEYS = Set.of("id", "label", "start", "end", "text", "prefix",
            "suffix", "attributes", "note", "creator", "created", "modified");

    private SidecarFields() {
    }

    /** One annotation's fields, type-checked, offsets still in code points as the file has them. */
    record Raw(String where, String id, String label, long start, long end, String text, String prefix,
                       String suffix, Map<String, Object> attributes, String note, String creator, String created,
                       String modified, Map<String, Object> extra, JsonNode original) {
        Annotation at(int start16, int end16) {
            return new Annotation(id, label, start16, end16, attributes, note, creator, created, modified, extra);
        }
    }

    static Raw parse(JsonNode node, int index, boolean keepOriginal, Map<String, String> shared)
            throws SidecarException {
        String where = "annotations[" + index + "]";
        object(node, null, where);
        String id = string(node, "id", where + ".id", false);
        where = where + " (id " + id + ")";
        if (id.isBlank()) {
            throw new SidecarException(where + ": \"id\" is empty");
        }
        String label = string(node, "label", where + ".label", false);
        if (label.isBlank()) {
            throw new SidecarException(where + ": \"label\" is empty");
        }
        long start = integer(node, "start", where + ".start");
        long end = integer(node, "end", where + ".end");
        if (start < 0 || end <= start) {
            throw new SidecarException(where + ": start " + start + " and end " + end + " do not make a span "
                    + "(0 ≤ start < end)");
        }
        String quote = string(node, "text", where + ".text", false);
        JsonNode attributes = node.get("attributes");
        if (attributes != null && !attributes.isObject()) {
            throw new SidecarException(where + ": \"attributes\" must be an object, found " + shown(attributes));
        }
        return new Raw(where, id, shared.computeIfAbsent(label, k -> k), start, end, quote,
                string(node, "prefix", where + ".prefix", true), string(node, "suffix", where + ".suffix", true),
                attributes == null || attributes.isEmpty() ? Map.of() : plainObject(attributes),
                string(node, "note", where + ".note", true),
                shared.computeIfAbsent(string(node, "creator", where + ".creator", true), k -> k),
                shared.computeIfAbsent(string(node, "created", where + ".created", true), k -> k),
                shared.computeIfAbsent(string(node, "modified", where + ".modified", true), k -> k),
                extra(node, ANNOTATION_KEYS), keepOriginal ? node : null);
    }

    /** The annotations as they are read, checked one by one: ids must be unique. */
    static final class Annotations {
        final List<Raw> raws = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        /** Labels, creators and times repeat across annotations: one string each, not one per annotation. */
        private final Map<String, String> shared = new java.util.HashMap<>();
        private final boolean keepOriginals;

        Annotations(boolean keepOriginals) {
            this.keepOriginals = keepOriginals;
        }

        void add(JsonNode node, int index) throws SidecarException {
            Raw raw = parse(node, index, keepOriginals, shared);
            if (!ids.add(raw.id)) {
                throw new SidecarException(raw.where + ": the id \"" + raw.id + "\" is used twice; ids must be "
                        + "unique");
            }
            raws.add(raw);
        }
    }

    static JsonNode object(JsonNode parent, String key, String where) throws SidecarException {
        JsonNode node = key == null ? parent : parent.get(key);
        if (node == null || !node.isObject()) {
            throw new SidecarException("\"" + where + "\" must be an object, found " + shown(node));
        }
        return node;
    }

    static String string(JsonNode parent, String key, String where, boolean optional)
            throws SidecarException {
        JsonNode node = parent.get(key);
        if (optional && (node == null || node.isNull())) {
            return "";
        }
        if (node == null || !node.isTextual()) {
            throw new SidecarException("\"" + where + "\" must be a string, found " + shown(node));
        }
        return node.textValue();
    }

    static long integer(JsonNode parent, String key, String where) throws SidecarException {
        JsonNode node = parent.get(key);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new SidecarException("\"" + where + "\" must be a whole number, found " + shown(node));
        }
        return node.longValue();
    }

    static Map<String, Object> extra(JsonNode object, Set<String> known) {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known.contains(e.getKey())) {
                extra.put(e.getKey(), plain(e.getValue()));
            }
        }
        return extra;
    }

    static Map<String, Object> plainObject(JsonNode node) {
        return SidecarReader.MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    static Object plain(JsonNode node) {
        return SidecarReader.MAPPER.convertValue(node, Object.class);
    }

    static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String json = node.toString();
        return json.length() > 60 ? json.substring(0, 57) + "…" : json;
    }
}
