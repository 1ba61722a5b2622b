package org.factmark.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The labels offered to the user, in menu order. */
public record LabelSet(List<LabelDef> labels) {

    public static final LabelSet DEFAULT = new LabelSet(List.of(
            new LabelDef("quote", "Quote", "#0072B2", 1),
            new LabelDef("figure", "Figure", "#E69F00", 2),
            new LabelDef("assertion", "Assertion", "#CC79A7", 3),
            new LabelDef("event", "Event", "#009E73", 4)));

    public LabelSet {
        labels = List.copyOf(labels);
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
}
