package org.factmark.sidecar;

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
public final class SidecarFields {
    static final Set<String> ANNOTATION_KEYS = Set.of("id", "label", "start", "end", "text", "prefix",
            "suffix", "attributes", "note", "creator", "created", "modified");

    private SidecarFields() {
    }

    /**
     * One annotation's fields, type-checked, offsets still in code points as the file has them; its place in the
     * file is its place in the list it is read into, which messages name. {@code text}
     * is null when it was found equal to the article's text at its span as it was read; {@code prefix} and
     * {@code suffix} are then empty, as they are needed only to find a span again in a changed article.
     */
    record Raw(String id, String label, long start, long end, String text, String prefix,
                       String suffix, Map<String, Object> attributes, String note, String creator, String created,
                       String modified, Map<String, Object> extra, JsonNode original) {
        Annotation at(int start16, int end16) {
            return new Annotation(id, label, start16, end16, attributes, note, creator, created, modified, extra);
        }
    }

    static Raw parse(JsonNode node, int index, boolean keepOriginal, Map<String, String> shared)
            throws SidecarException {
        object(node, null, "annotations[" + index + "]");
        String id = string(node, "id", index, null, false);
        if (id.isBlank()) {
            throw new SidecarException(place(index, id) + ": \"id\" is empty");
        }
        String label = string(node, "label", index, id, false);
        if (label.isBlank()) {
            throw new SidecarException(place(index, id) + ": \"label\" is empty");
        }
        long start = integer(node, "start", index, id);
        long end = integer(node, "end", index, id);
        if (start < 0 || end <= start) {
            throw new SidecarException(place(index, id) + ": start " + start + " and end " + end
                    + " do not make a span (0 ≤ start < end)");
        }
        String quote = string(node, "text", index, id, false);
        JsonNode attributes = node.get("attributes");
        if (attributes != null && !attributes.isObject()) {
            throw new SidecarException(place(index, id) + ": \"attributes\" must be an object, found "
                    + shown(attributes));
        }
        return raw(id, label, start, end, quote, string(node, "prefix", index, id, true),
                string(node, "suffix", index, id, true),
                attributes == null || attributes.isEmpty() ? Map.of() : plainObject(attributes),
                string(node, "note", index, id, true), string(node, "creator", index, id, true),
                string(node, "created", index, id, true), string(node, "modified", index, id, true),
                extra(node, ANNOTATION_KEYS), keepOriginal ? node : null, shared);
    }

    /**
     * One annotation's checked fields. Labels, creators and times repeat across annotations: each is kept as
     * one string in {@code shared}, not one per annotation.
     */
    static Raw raw(String id, String label, long start, long end, String text, String prefix,
            String suffix, Map<String, Object> attributes, String note, String creator, String created,
            String modified, Map<String, Object> extra, JsonNode original, Map<String, String> shared) {
        return new Raw(id, shared.computeIfAbsent(label, k -> k), start, end, text, prefix, suffix,
                attributes, note, shared.computeIfAbsent(creator, k -> k), shared.computeIfAbsent(created, k -> k),
                shared.computeIfAbsent(modified, k -> k), extra, original);
    }

    /** An annotation's place in the file, worded for a message; {@code id} is null until it is known. */
    static String place(int index, String id) {
        return "annotations[" + index + "]" + (id == null ? "" : " (id " + id + ")");
    }

    // An annotation's field: its path is worded only when there is a problem to report, never for each field read.
    private static String string(JsonNode node, String key, int index, String id, boolean optional)
            throws SidecarException {
        JsonNode value = node.get(key);
        if (value != null && value.isTextual()) {
            return value.textValue();
        }
        return string(node, key, place(index, id) + "." + key, optional);
    }

    private static long integer(JsonNode node, String key, int index, String id) throws SidecarException {
        JsonNode value = node.get(key);
        if (value != null && value.isIntegralNumber() && value.canConvertToInt()) {
            return value.longValue();
        }
        return integer(node, key, place(index, id) + "." + key);
    }

    /** The annotations as they are read, checked one by one: ids must be unique. */
    static final class Annotations {
        final List<Raw> raws = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        /** Labels, creators and times repeat across annotations: one string each, not one per annotation. */
        private final Map<String, String> shared = new java.util.HashMap<>();
        private final boolean keepOriginals;
        private final AnnotationTokens.Quotes quotes;

        /** {@code quotes}: the article the quotes are checked against as they are read, or null. */
        Annotations(boolean keepOriginals, AnnotationTokens.Quotes quotes) {
            this.keepOriginals = keepOriginals;
            this.quotes = keepOriginals ? null : quotes;
        }

        Annotations(boolean keepOriginals) {
            this(keepOriginals, null);
        }

        /** Reads the annotation the parser is on: from its tokens, or as a tree when its original is kept. */
        void add(com.fasterxml.jackson.core.JsonParser p, int index) throws SidecarException, java.io.IOException {
            keep(keepOriginals ? parse(SidecarReader.VALUES.readTree(p), index, true, shared)
                    : AnnotationTokens.read(p, index, shared, quotes));
        }

        void add(JsonNode node, int index) throws SidecarException {
            keep(parse(node, index, keepOriginals, shared));
        }

        void keep(Raw raw) throws SidecarException {
            if (!ids.add(raw.id)) {
                throw new SidecarException(place(raws.size(), raw.id) + ": the id \"" + raw.id + "\" is used twice; ids must be "
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

    public static String shown(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String json = node.toString();
        return json.length() > 60 ? json.substring(0, 57) + "…" : json;
    }
}
