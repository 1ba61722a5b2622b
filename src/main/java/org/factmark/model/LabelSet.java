package org.factmark.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The labels offered to the user, in menu order: a label schema.
 *
 * @param id      names the schema; recorded in the sidecar with {@code version}
 * @param version the schema's own version
 */
public record LabelSet(String id, int version, List<LabelDef> labels) {

    /** The four labels without attributes: what is left when not even the bundled schema can be read. */
    public static final LabelSet DEFAULT = new LabelSet("factmark-builtin", 1, List.of(
            new LabelDef("quote", "Quote", "#0072B2", 1),
            new LabelDef("figure", "Figure", "#E69F00", 2),
            new LabelDef("assertion", "Assertion", "#CC79A7", 3),
            new LabelDef("event", "Event", "#009E73", 4)));

    public LabelSet {
        labels = List.copyOf(labels);
    }

    public LabelSet(List<LabelDef> labels) {
        this("custom", 1, labels);
    }

    public Optional<LabelDef> byId(String id) {
        return labels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<LabelDef> byKey(int key) {
        return labels.stream().filter(l -> l.key() == key).findFirst();
    }

    public Set<String> ids() {
        return labels.stream().map(LabelDef::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The display name for a label id, falling back to the id itself for labels this set does not know. */
    public String nameOf(String id) {
        return byId(id).map(LabelDef::name).orElse(id);
    }

    /** The attributes of the annotation's label, empty for labels this set does not know. */
    public List<AttributeDef> attributesOf(Annotation a) {
        return byId(a.label()).map(LabelDef::attributes).orElse(List.of());
    }
}
