package org.factmark.model;

import java.util.List;
import java.util.Optional;

/**
 * One label a span can carry.
 *
 * @param id         the value written in the sidecar's {@code label}
 * @param name       what the user reads
 * @param colour     CSS hex colour; the defaults are the Okabe–Ito colour-blind-safe palette
 * @param key        the digit key that applies it (1–9), or 0 for none
 * @param attributes the typed attributes an annotation with this label carries, in form order
 */
public record LabelDef(String id, String name, String colour, int key, List<AttributeDef> attributes) {
    public LabelDef {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public LabelDef(String id, String name, String colour, int key) {
        this(id, name, colour, key, List.of());
    }

    public Optional<AttributeDef> attribute(String attributeId) {
        return attributes.stream().filter(a -> a.id().equals(attributeId)).findFirst();
    }
}
