package org.factmark.model;

/** Which label schema a sidecar was written with: its id and version, as recorded in {@code labelSchema}. */
public record LabelSchemaRef(String id, int version) {
    public static LabelSchemaRef of(LabelSet labels) {
        return new LabelSchemaRef(labels.id(), labels.version());
    }
}
