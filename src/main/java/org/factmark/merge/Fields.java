package org.factmark.merge;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.factmark.model.Annotation;

/**
 * An annotation as named fields, the unit a merge combines: {@code label}, {@code span} (start and end
 * together), {@code note}, {@code creator}, {@code created}, one {@code attributes.ID} per detail and one
 * {@code extra.NAME} per field Factmark does not know. {@code modified} is not a field: a merge keeps the
 * later of the two times.
 */
final class Fields {
    static final String LABEL = "label";
    static final String SPAN = "span";
    static final String NOTE = "note";
    static final String CREATOR = "creator";
    static final String CREATED = "created";
    static final String ATTRIBUTE = "attributes.";
    static final String EXTRA = "extra.";

    private Fields() {
    }

    static Map<String, Object> of(Annotation a) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(LABEL, a.label());
        fields.put(SPAN, List.of(a.start(), a.end()));
        fields.put(NOTE, a.note());
        fields.put(CREATOR, a.creator());
        fields.put(CREATED, a.created());
        a.attributes().forEach((k, v) -> fields.put(ATTRIBUTE + k, v));
        a.extra().forEach((k, v) -> fields.put(EXTRA + k, v));
        return fields;
    }

    /** The annotation these fields make (required fields are always present: they come from an annotation). */
    static Annotation build(String id, Map<String, Object> fields, String modified) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k.startsWith(ATTRIBUTE)) {
                attributes.put(k.substring(ATTRIBUTE.length()), v);
            } else if (k.startsWith(EXTRA)) {
                extra.put(k.substring(EXTRA.length()), v);
            }
        });
        List<?> span = (List<?>) fields.get(SPAN);
        return new Annotation(id, (String) fields.get(LABEL), (Integer) span.get(0), (Integer) span.get(1),
                attributes, (String) fields.get(NOTE), (String) fields.get(CREATOR), (String) fields.get(CREATED),
                modified, extra);
    }

    /** Every field name of these field maps, in the order first met. */
    @SafeVarargs
    static Set<String> names(Map<String, Object>... maps) {
        Set<String> names = new LinkedHashSet<>();
        for (Map<String, Object> m : maps) {
            names.addAll(m.keySet());
        }
        return names;
    }

    /** The same annotation in every field, {@code modified} included. */
    static boolean same(Annotation a, Annotation b) {
        return a.id().equals(b.id()) && a.modified().equals(b.modified()) && same(of(a), of(b));
    }

    /**
     * The same JSON value: numbers by value (1200 read as an int by one reader equals 1200 read as a decimal by
     * another), maps and lists element by element, key order aside.
     */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            try {
                return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
            } catch (NumberFormatException e) {
                return x.equals(y);
            }
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            return x.size() == y.size() && x.entrySet().stream()
                    .allMatch(e -> y.containsKey(e.getKey()) && same(e.getValue(), y.get(e.getKey())));
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
