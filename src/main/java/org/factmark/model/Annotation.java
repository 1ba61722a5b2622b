package org.factmark.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One labelled span of the article. Immutable.
 *
 * <p>{@code start} and {@code end} are UTF-16 offsets into the article's normalised text ({@code end}
 * exclusive), the unit Java strings and the text view use. The sidecar stores code points; the conversion
 * happens only in {@link org.factmark.io}.
 *
 * @param attributes typed attribute values as plain JSON values (String, Number, Boolean, List, Map)
 * @param extra      fields of the sidecar's annotation object this version does not know, kept verbatim
 *                   (plain JSON values) so they are written back unchanged
 */
public record Annotation(
        String id,
        String label,
        int start,
        int end,
        Map<String, Object> attributes,
        String note,
        String creator,
        String created,
        String modified,
        Map<String, Object> extra) {

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        // most annotations have no extra fields and many no attributes: one shared empty map for all of them
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        note = note == null ? "" : note;
        creator = creator == null ? "" : creator;
        created = created == null ? "" : created;
        modified = modified == null ? "" : modified;
    }

    /** A fresh annotation with a random id, stamped now. */
    public static Annotation create(String label, int start, int end, String creator, String now) {
        return new Annotation(java.util.UUID.randomUUID().toString(), label, start, end,
                Map.of(), "", creator, now, now, Map.of());
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end || (start == end && from <= start && start < to);
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public Annotation withLabel(String newLabel, String now) {
        return new Annotation(id, newLabel, start, end, attributes, note, creator, created, now, extra);
    }

    public Annotation withSpan(int newStart, int newEnd, String now) {
        return new Annotation(id, label, newStart, newEnd, attributes, note, creator, created, now, extra);
    }

    public Annotation withNote(String newNote, String now) {
        return new Annotation(id, label, start, end, attributes, newNote, creator, created, now, extra);
    }

    public Annotation withAttributes(Map<String, Object> newAttributes, String now) {
        return new Annotation(id, label, start, end, newAttributes, note, creator, created, now, extra);
    }
}
